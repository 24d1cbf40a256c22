import { Checkbox, Group, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import {
  ASAM_DIMENSIONS,
  ASAM_EDITION_LABELS,
  EMPTY_LOCUS,
  NO_RATINGS,
  asamDimensionRated,
  emptyAsam,
  ratingErrors,
  type AsamDimensionRating,
  type AsamRatings,
  type LocusRating,
  type StructuredRatings,
} from '../../../../shared/progress/reviews/structured-ratings';
import type { RatingsOffered } from '../../../../shared/progress/reviews/ratings-settings';

interface Props {
  readonly value: StructuredRatings | undefined;
  readonly offered: RatingsOffered;
  readonly onChange: (next: StructuredRatings) => void;
}

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
            onChange={(e) => {
              setDim(d, { rating: e.currentTarget.value });
            }}
            error={errors[`ratings.asam.${String(d.dimension)}`]}
            maw={360}
          />
          <TextInput
            label={`Dimension ${String(d.dimension)} note`}
            value={d.note}
            onChange={(e) => {
              setDim(d, { note: e.currentTarget.value });
            }}
          />
        </Group>
      ))}
      <TextInput
        label="Clinician’s level of care (ASAM)"
        description="Your conclusion, e.g. 2.1; Waypoint does not compute a level from the ratings."
        value={asam.clinicianLevel}
        onChange={(e) => {
          onChange({ ...asam, clinicianLevel: e.currentTarget.value });
        }}
        error={errors['ratings.asam.clinicianLevel']}
        maw={360}
      />
    </Stack>
  );
}

function LocusFields({ locus, errors, onChange }: { locus: LocusRating; errors: Record<string, string>; onChange: (next: LocusRating) => void }) {
  return (
    <Stack gap="xs">
      <SimpleGrid cols={2}>
        <TextInput
          label="LOCUS composite score"
          description="7 to 35, as you scored it"
          inputMode="numeric"
          value={locus.composite}
          onChange={(e) => {
            onChange({ ...locus, composite: e.currentTarget.value });
          }}
          error={errors['ratings.locus.composite']}
        />
        <TextInput
          label="LOCUS level"
          description="0 to 6"
          inputMode="numeric"
          value={locus.level}
          onChange={(e) => {
            onChange({ ...locus, level: e.currentTarget.value });
          }}
          error={errors['ratings.locus.level']}
        />
      </SimpleGrid>
      <TextInput
        label="LOCUS note"
        value={locus.note}
        onChange={(e) => {
          onChange({ ...locus, note: e.currentTarget.value });
        }}
      />
    </Stack>
  );
}

/** Optional ASAM dimension / LOCUS ratings of the review (progress.md §5.6): only what the client's program offers (or the draft already holds), checked at each field as typed. */
export function RatingsPanel({ value, offered, onChange }: Props) {
  const ratings = value ?? NO_RATINGS;
  const errors = ratingErrors(ratings);
  const edition = offered.asam;
  if (edition === null && !offered.locus) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="ratings-heading">
      <Stack gap="sm">
        <Title order={2} size="h4" id="ratings-heading">
          {edition && offered.locus ? 'ASAM / LOCUS' : edition ? 'ASAM' : 'LOCUS'} ratings (optional)
        </Title>
        <Text size="sm">Record your own ratings and conclusion; they are stored with the review and do not change the recommendation.</Text>
        {edition && (
          <Checkbox
            label={`Record ASAM dimension ratings (${ASAM_EDITION_LABELS[edition]})`}
            checked={ratings.asam !== null}
            onChange={(e) => {
              onChange({ ...ratings, asam: e.currentTarget.checked ? emptyAsam(edition) : null });
            }}
          />
        )}
        {ratings.asam && (
          <AsamFields
            asam={ratings.asam}
            errors={errors}
            onChange={(asam) => {
              onChange({ ...ratings, asam });
            }}
          />
        )}
        {offered.locus && (
          <Checkbox
            label="Record a LOCUS rating"
            checked={ratings.locus !== null}
            onChange={(e) => {
              onChange({ ...ratings, locus: e.currentTarget.checked ? EMPTY_LOCUS : null });
            }}
          />
        )}
        {ratings.locus && (
          <LocusFields
            locus={ratings.locus}
            errors={errors}
            onChange={(locus) => {
              onChange({ ...ratings, locus });
            }}
          />
        )}
      </Stack>
    </Paper>
  );
}
