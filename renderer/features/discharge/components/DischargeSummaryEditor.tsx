import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { dischargeSummaryErrors, type DischargeSummary, type DischargeSummaryContent } from '../../../../shared/reports';
import { notify } from '../../../components/notify';
import { reasonOf } from '../../../drafts/draft-status';
import { useDraftSaver } from '../../../drafts/useDraftSaver';
import { DischargeSummaryError } from '../discharge-actions';
import type { useDischargeActions } from '../useDischargeSummary';
import { AftercareFields } from './AftercareFields';
import { NarrativeFields } from './NarrativeFields';
import { FormProblem } from '../../../components/FormProblem';

interface Props {
  readonly draft: DischargeSummary;
  readonly actions: ReturnType<typeof useDischargeActions>;
}

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' });

/**
 * The draft discharge summary: the narrative and the aftercare plan, saved as typed (renderer/drafts); signing checks
 * every field and marks each one at fault, and nothing typed is lost when it refuses.
 */
export function DischargeSummaryEditor({ draft, actions }: Props) {
  const [content, setContent] = useState(draft.content);
  const [attempted, setAttempted] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [signing, setSigning] = useState(false);
  const { status, saver } = useDraftSaver<DischargeSummaryContent>({
    initial: draft.content,
    initialStatus: { state: 'saved', at: new Date(draft.updatedAt) },
    save: async (typed, first) => {
      await actions.save(draft.id, typed, first);
    },
  });
  const errors = attempted ? dischargeSummaryErrors(content, draft.dischargeDate) : {};
  const update = (next: DischargeSummaryContent) => {
    setContent(next);
    saver.change(next);
  };

  const sign = async () => {
    setAttempted(true);
    if (Object.keys(dischargeSummaryErrors(content, draft.dischargeDate)).length > 0) {
      setProblem('The discharge summary is not ready to sign yet: see the marked fields.');
      return;
    }
    setSigning(true);
    setProblem(null);
    try {
      if (!(await saver.flush())) throw new Error('the draft could not be saved');
      await actions.sign(draft.id, content);
      notify('Discharge summary signed.');
    } catch (e) {
      // A refusal about the summary as a whole (who may sign it) is said as it is; field problems are marked at their fields.
      const whole = e instanceof DischargeSummaryError ? e.errors.client : undefined;
      setProblem(
        e instanceof DischargeSummaryError
          ? (whole ?? 'The discharge summary is not ready to sign yet: see the marked fields.')
          : `Not signed: ${reasonOf(e)}.`,
      );
    } finally {
      setSigning(false);
    }
  };

  const saved = status.state === 'saved' ? `Draft saved ${timeFormat.format(status.at)}` : status.state === 'error' ? `Not saved: ${status.reason}` : 'Saving…';
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        void sign();
      }}
      noValidate
      aria-label="Discharge summary draft"
    >
      <Stack>
        <Group justify="space-between">
          <Title order={3} size="h4">
            Draft
          </Title>
          <Text size="sm" c={status.state === 'error' ? 'red.9' : 'gray.7'} role="status" aria-live="polite">
            {saved}
          </Text>
        </Group>
        <NarrativeFields
          value={content.narrative}
          errors={errors}
          onChange={(narrative) => {
            update({ ...content, narrative });
          }}
        />
        <AftercareFields
          value={content.aftercare}
          errors={errors}
          onChange={(aftercare) => {
            update({ ...content, aftercare });
          }}
        />
        <FormProblem problem={problem} />
        <Group>
          <Button type="submit" loading={signing}>
            Sign the discharge summary
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
