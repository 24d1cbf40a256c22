import { Button, Group, Stack, Switch, Text, Textarea, Title } from '@mantine/core';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import type { Answer } from '../../../../shared/instruments';
import type { InstrumentDefinition } from '../../../../shared/instruments';
import { formatInstantDate } from '../../../components/format-date';
import type { CorrectionSource } from '../corrections';
import { CSSRS_READ_OFFICIAL, allowsPaperMissing } from '../instrument-forms';
import { useAssessmentDraft } from '../useAssessmentDraft';
import type { AdministrationInput } from '../useMeasureActions';
import { AssessmentDetails } from './AssessmentDetails';
import { ItemQuestion } from './ItemQuestion';
import { FormProblem } from '../../../components/FormProblem';
import { errorClause } from '../../../../shared/error-message';

interface Props {
  readonly def: InstrumentDefinition;
  /** The response this form corrects, or null for a new administration. */
  readonly correcting: CorrectionSource | null;
  /** The client's date of birth: "Administered on" may not precede it. */
  readonly dateOfBirth: string;
  readonly onSave: (input: AdministrationInput) => Promise<void>;
  readonly onCancel: () => void;
}

/** One administration of an instrument: all items on one page or one at a time; every asked item is required. */
export function AssessmentForm({ def, correcting, dateOfBirth, onSave, onCancel }: Props) {
  const draft = useAssessmentDraft(def, correcting, dateOfBirth);
  const [problem, setProblem] = useState<string | null>(null);
  const [reasonError, setReasonError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const shown = draft.oneAtATime ? draft.items.slice(draft.index, draft.index + 1) : draft.items;
  const numberOf = (itemId: string) => draft.items.findIndex((item) => item.id === itemId) + 1;
  const step = useRef<HTMLDivElement>(null);
  const advanced = useRef(false);

  // One at a time, an answer moves on to the next item and keeps the keyboard there.
  useEffect(() => {
    if (!advanced.current) return;
    advanced.current = false;
    const radios = Array.from(step.current?.querySelectorAll<HTMLInputElement>('input[type="radio"]') ?? []);
    (radios.find((r) => r.checked) ?? radios[0])?.focus();
  }, [draft.index]);

  const answer = (itemId: string, value: Answer) => {
    draft.setAnswer(itemId, value);
    if (draft.oneAtATime && draft.index < draft.items.length - 1) {
      advanced.current = true;
      draft.setIndex(draft.index + 1);
    }
  };

  const markMissing = (itemId: string) => {
    draft.setMissing(itemId);
    if (draft.oneAtATime && draft.index < draft.items.length - 1) {
      advanced.current = true;
      draft.setIndex(draft.index + 1);
    }
  };

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = draft.check();
    setReasonError('problem' in checked && checked.field === 'reason' ? checked.problem : null);
    if ('problem' in checked) {
      setProblem(checked.field === 'reason' ? 'Give the reason for the correction before saving.' : checked.problem);
      return;
    }
    setProblem(null);
    setSaving(true);
    try {
      await onSave(checked.input);
    } catch (error) {
      setProblem(`The responses were not saved: ${errorClause(error)}. Check the answers and save again.`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form aria-label={`${def.id} assessment`} onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Title order={3}>{correcting ? `Correct the ${def.id} of ${formatInstantDate(correcting.completedAt)}` : `${def.title} (${def.id})`}</Title>
        {def.id === 'C-SSRS-Screener' && <Text>{CSSRS_READ_OFFICIAL}</Text>}
        {def.instructions && <Text fw={500}>{def.instructions}</Text>}
        <AssessmentDetails
          respondent={draft.respondent}
          onRespondent={draft.setRespondent}
          administeredOn={draft.administeredOn}
          onAdministeredOn={draft.setAdministeredOn}
          today={draft.today}
          dayError={draft.dayChecked ? draft.dayProblem : null}
          oneAtATime={draft.oneAtATime}
          onOneAtATime={draft.setOneAtATime}
        />
        {correcting && (
          <Textarea
            label="Reason for the correction"
            description="Kept with the corrected response and shown in its history. The original stays stored."
            withAsterisk
            autosize
            minRows={2}
            value={draft.reason}
            error={reasonError}
            onChange={(e) => {
              draft.setReason(e.currentTarget.value);
            }}
          />
        )}
        {allowsPaperMissing(def) && (
          <Switch
            label="Paper form: items left blank may be marked missing"
            description="Up to two missing items are prorated; a missing item 9 raises a safety alert."
            checked={draft.paper}
            onChange={(e) => {
              draft.setPaper(e.currentTarget.checked);
            }}
          />
        )}
        <Stack ref={step}>
          {shown.map((item) => (
            <ItemQuestion
              key={item.id}
              def={def}
              item={item}
              number={numberOf(item.id)}
              value={draft.answers[item.id]}
              onAnswer={answer}
              onMissing={draft.paper ? markMissing : undefined}
              missing={draft.paper && draft.missing.has(item.id)}
            />
          ))}
        </Stack>
        {draft.oneAtATime && (
          <Group>
            <Text>
              Item {draft.index + 1} of {draft.items.length}
            </Text>
            <Button
              variant="default"
              disabled={draft.index === 0}
              onClick={() => {
                draft.setIndex(draft.index - 1);
              }}
            >
              Previous item
            </Button>
            <Button
              variant="default"
              disabled={draft.index >= draft.items.length - 1}
              onClick={() => {
                draft.setIndex(draft.index + 1);
              }}
            >
              Next item
            </Button>
          </Group>
        )}
        <FormProblem problem={problem} />
        <Text size="sm">{def.licence.attribution}</Text>
        <Group>
          <Button type="submit" loading={saving}>
            Save {def.id}
          </Button>
          <Button variant="default" onClick={onCancel}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
