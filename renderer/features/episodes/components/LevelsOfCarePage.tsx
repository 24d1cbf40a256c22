import { Button, Group, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { levelsText, parseLevels, type LevelOfCareOption } from '../../../../shared/progress/episodes';
import { notify } from '../../../components/notify';
import { useEpisodeActions } from '../useEpisodeActions';
import { useLevelsOfCare } from '../useEpisodes';
import { errorClause } from '../../../../shared/error-message';

function LevelsEditor({ levels, onSave }: { levels: readonly LevelOfCareOption[]; onSave: (levels: readonly LevelOfCareOption[]) => Promise<void> }) {
  const [text, setText] = useState(levelsText(levels));
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    const parsed = parseLevels(text);
    if (!parsed.ok) {
      setProblem(parsed.problem);
      return;
    }
    try {
      await onSave(parsed.levels);
      setProblem(null);
      notify('Levels of care saved.');
    } catch (error) {
      setProblem(`The list was not saved: ${errorClause(error)}. Try again.`);
    }
  };
  return (
    <Stack>
      <Textarea
        label="Levels of care, one per line as “code: label”"
        description="E.g. IOP: Intensive outpatient (IOP). Levels already recorded for a client keep their code when removed here."
        autosize
        minRows={4}
        value={text}
        error={problem}
        onChange={(e) => {
          setText(e.currentTarget.value);
        }}
      />
      <Group>
        <Button onClick={() => void save()}>Save levels of care</Button>
      </Group>
    </Stack>
  );
}

/** /levels-of-care: the clinic's list of levels a client can be admitted or transferred to (progress.md §0.2). */
export function LevelsOfCarePage() {
  const levels = useLevelsOfCare();
  const actions = useEpisodeActions();
  if (!levels) return <Loader aria-label="Loading levels of care" />;
  return (
    <Stack maw={900}>
      <Title order={1}>Levels of care</Title>
      <Text>The levels offered when recording an admission or a transfer. ASAM or LOCUS codes are entered with each admission or transfer.</Text>
      <LevelsEditor key={levelsText(levels)} levels={levels} onSave={actions.saveLevels} />
    </Stack>
  );
}
