import { NativeSelect, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { RISK_LEVEL_LABELS } from '../../../../shared/domain/notes';
import { RISK_LEVELS, type NoteRisk } from '../../../../shared/domain/records';
import { RichTextSection } from '../../../components/RichTextSection';
import { MEMBER_HEADING } from '../group-note';

interface Props {
  readonly name: string;
  readonly html: string;
  /** null: not assessed in this session (the member's note then says nothing about risk). */
  readonly risk: NoteRisk | null;
  /** Set when the member is marked absent but has text or a risk level here. */
  readonly absentWarning?: string;
  readonly onText: (html: string) => void;
  readonly onRisk: (risk: NoteRisk | null) => void;
  readonly onBlur: () => void;
}

const NOT_ASSESSED = '';
const LEVELS = RISK_LEVELS.map((level) => ({ value: level, label: RISK_LEVEL_LABELS[level] }));
// "Not assessed" removes the risk; while an assessment is written it is not offered, so no typed text is dropped.
const levelOptions = (written: boolean) => [{ value: NOT_ASSESSED, label: 'Not assessed', disabled: written }, ...LEVELS];
const isLevel = (v: string): v is NoteRisk['level'] => (RISK_LEVELS as readonly string[]).includes(v);

/** One member's individual section and, when the leader assessed it, their risk: both go into their own note only. */
export function MemberSectionField({ name, html, risk, absentWarning, onText, onRisk, onBlur }: Props) {
  return (
    <Stack gap="xs">
      <RichTextSection label={`${MEMBER_HEADING}: ${name}`} minHeight={64} description={absentWarning} value={html} onChange={onText} onBlur={onBlur} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <NativeSelect
          label={`Risk level: ${name}`}
          description={risk?.text.trim() ? 'Clear the assessment to choose “Not assessed”' : 'Only if you assessed it in this session'}
          data={levelOptions(Boolean(risk?.text.trim()))}
          value={risk?.level ?? NOT_ASSESSED}
          onChange={(e) => {
            const v = e.currentTarget.value;
            onRisk(isLevel(v) ? { level: v, text: risk?.text ?? '' } : null);
          }}
          onBlur={onBlur}
        />
        {risk && (
          <Textarea
            label={`Risk assessment: ${name}`}
            autosize
            minRows={1}
            value={risk.text}
            onChange={(e) => {
              onRisk({ ...risk, text: e.currentTarget.value });
            }}
            onBlur={onBlur}
          />
        )}
      </SimpleGrid>
    </Stack>
  );
}
