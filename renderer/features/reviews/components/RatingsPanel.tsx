import { Checkbox, Group, NativeSelect, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  ASAM_DIMENSIONS, ASAM_EDITION_LABELS, EMPTY_LOCUS, NO_RATINGS, asamDimensionRated, emptyAsam, ratingErrors,
  type AsamDimensionRating, type AsamEdition, type AsamRatings, type LocusRating, type StructuredRatings,
} from '../../../../shared/progress/reviews/structured-ratings';

interface Props {
  readonly value: StructuredRatings | undefined;
  readonly onChange: (next: StructuredRatings) => void;
}

const isEdition = (v: string): v is AsamEdition => v === 'asam3' || v === 'asam4';

function AsamFields({ asam, errors, onChange }: { asam: AsamRatings; errors: Record<string, string>; onChange: (next: AsamRatings) => void }) {
  const setDim = (d: AsamDimensionRating, patch: Partial<AsamDimensionRating>) => {
    onChange({ ...asam, dimensions: asam.dimensions.map((x) => (x.dimension === d.dimension ? { ...x, ...patch } : x)) });
  };
  const hint = asam.edition === 'asam3' ? 'Rating 0–4' : 'Rating, e.g. 0, 2, 3A';
  return (
    <Stack gap="xs">
      {asam.dimensions.map((d) => (
        <Group key={d.dimension} grow align="flex-start">
          <TextInput
            label={`Dimension ${String(d.dimension)}: ${ASAM_DIMENSIONS[asam.edition][d.dimension - 1] ?? ''}`}
            description={asamDimensionRated(asam.edition, d.dimension) ? hint : 'No risk rating: note only'}
            value={d.rating}
            onChange={(e) => { setDim(d, { rating: e.currentTarget.value }); }}
            error={errors[`ratings.asam.${String(d.dimension)}`]}
            maw={360}
          />
          <TextInput label={`Dimension ${String(d.dimension)} note`} value={d.note} onChange={(e) => { setDim(d, { note: e.currentTarget.value }); }} />
        </Group>
      ))}
      <TextInput
        label="Clinician’s level of care (ASAM)" description="Your conclusion, e.g. 2.1; Waypoint does not compute a level from the ratings."
        value={asam.clinicianLevel} onChange={(e) => { onChange({ ...asam, clinicianLevel: e.currentTarget.value }); }}
        error={errors['ratings.asam.clinicianLevel']} maw={360}
      />
    </Stack>
  );
}

function LocusFields({ locus, errors, onChange }: { locus: LocusRating; errors: Record<string, string>; onChange: (next: LocusRating) => void }) {
  return (
    <Stack gap="xs">
      <SimpleGrid cols={2}>
        <TextInput label="LOCUS composite score" description="7 to 35, as you scored it" inputMode="numeric" value={locus.composite} onChange={(e) => { onChange({ ...locus, composite: e.currentTarget.value }); }} error={errors['ratings.locus.composite']} />
        <TextInput label="LOCUS level" description="0 to 6" inputMode="numeric" value={locus.level} onChange={(e) => { onChange({ ...locus, level: e.currentTarget.value }); }} error={errors['ratings.locus.level']} />
      </SimpleGrid>
      <TextInput label="LOCUS note" value={locus.note} onChange={(e) => { onChange({ ...locus, note: e.currentTarget.value }); }} />
    </Stack>
  );
}

/** Optional ASAM dimension / LOCUS ratings of the review (progress.md §5.6), checked at each field as typed. */
export function RatingsPanel({ value, onChange }: Props) {
  const ratings = value ?? NO_RATINGS;
  const errors = ratingErrors(ratings);
  const edition = ratings.asam?.edition ?? '';
  return (
    <Paper withBorder p="md">
      <Stack gap="sm">
        <Title order={2} size="h4">ASAM / LOCUS ratings (optional)</Title>
        <Text size="sm">Record your own ratings and conclusion; they are stored with the review and do not change the recommendation.</Text>
        <NativeSelect
          label="ASAM dimension ratings"
          data={[{ value: '', label: 'Not recorded' }, ...(['asam3', 'asam4'] as const).map((e) => ({ value: e, label: ASAM_EDITION_LABELS[e] }))]}
          value={edition}
          onChange={(e) => { const v = e.currentTarget.value; onChange({ ...ratings, asam: isEdition(v) ? { ...(ratings.asam ?? emptyAsam(v)), edition: v } : null }); }}
          maw={360}
        />
        {ratings.asam && <AsamFields asam={ratings.asam} errors={errors} onChange={(asam) => { onChange({ ...ratings, asam }); }} />}
        <Checkbox label="Record a LOCUS rating" checked={ratings.locus !== null} onChange={(e) => { onChange({ ...ratings, locus: e.currentTarget.checked ? EMPTY_LOCUS : null }); }} />
        {ratings.locus && <LocusFields locus={ratings.locus} errors={errors} onChange={(locus) => { onChange({ ...ratings, locus }); }} />}
      </Stack>
    </Paper>
  );
}
