import { Button, Group, NativeSelect, Radio, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useState, type SyntheticEvent } from 'react';
import { isIsoDate } from '../../../../shared/domain/dates';
import { characterCount, tooLongMessage } from '../../../../shared/domain/text-length';
import {
  FAMILY_COMMENT_MAX_CHARS,
  FAMILY_CONCERNS_MAX_CHARS,
  FAMILY_ITEMS,
  FAMILY_RATINGS,
  FAMILY_RELATIONS,
  familyFeedbackAnswersSchema,
  type FamilyItem,
} from '../../../../shared/instruments';
import { localToday } from '../../../components/format-date';
import type { FamilyFeedbackInput } from '../family-records';
import { FormProblem } from '../../../components/FormProblem';
import { errorClause } from '../../../../shared/error-message';

interface Props {
  readonly clientId: string;
  /** The family session the form is given in, or ''. */
  readonly sessionId?: string;
  readonly onSave: (input: FamilyFeedbackInput) => Promise<void>;
}

const NO_COMMENTS: Record<FamilyItem, string> = { communication: '', conflict: '', household: '', moodAtHome: '' };

const commentError = (text: string) => tooLongMessage('The comment', text, FAMILY_COMMENT_MAX_CHARS);
const concernsError = (text: string) => tooLongMessage('Concerns', text, FAMILY_CONCERNS_MAX_CHARS);
// A comment's count shows once it nears its limit; concerns always show theirs.
const commentCount = (text: string) => (text.trim().length > FAMILY_COMMENT_MAX_CHARS * 0.8 ? characterCount(text, FAMILY_COMMENT_MAX_CHARS) : undefined);

/** A family member's observations at home: four 1–5 ratings with comments, concerns, and their relation. */
export function FamilyFeedbackForm({ clientId, sessionId = '', onSave }: Props) {
  const [today] = useState(localToday);
  const [day, setDay] = useState(today);
  const [relation, setRelation] = useState('');
  const [ratings, setRatings] = useState<Partial<Record<FamilyItem, number>>>({});
  const [comments, setComments] = useState<Record<FamilyItem, string>>(NO_COMMENTS);
  const [concerns, setConcerns] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const submit = async (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const unrated = FAMILY_ITEMS.filter((i) => ratings[i.key] === undefined).map((i) => i.label);
    const parsed = familyFeedbackAnswersSchema.safeParse({ relation, ...ratings, comments });
    const tooLong = Object.values(comments).some((c) => commentError(c) !== null) || concernsError(concerns) !== null;
    if (!relation || unrated.length || !isIsoDate(day) || day > today || tooLong || !parsed.success) {
      const what = [
        !relation && 'the relation to the client',
        unrated.length && `a rating for ${unrated.join(', ')}`,
        (!isIsoDate(day) || day > today) && 'a day that is today or earlier',
      ].filter(Boolean);
      const parts = [what.length > 0 && `choose ${what.join('; ')}.`, tooLong && 'Shorten the text marked above.'].filter(Boolean);
      setProblem(`Feedback not saved: ${parts.join(' ') || 'choose valid answers.'}`);
      return;
    }
    setSaving(true);
    try {
      await onSave({ clientId, sessionId, day, answers: parsed.data, concerns: concerns.trim() });
      setRatings({});
      setComments(NO_COMMENTS);
      setConcerns('');
      setProblem(null);
    } catch (error) {
      setProblem(`The feedback was not saved: ${errorClause(error)}. Try again.`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form aria-labelledby="family-form-heading" onSubmit={(e) => void submit(e)} noValidate>
      <Stack>
        <Title order={3} id="family-form-heading">
          Family feedback form
        </Title>
        <Group align="flex-end">
          <NativeSelect
            label="Respondent’s relation to the client"
            withAsterisk
            data={[{ value: '', label: 'Choose' }, ...FAMILY_RELATIONS]}
            value={relation}
            onChange={(e) => {
              setRelation(e.currentTarget.value);
            }}
          />
          <TextInput
            type="date"
            label="Day"
            withAsterisk
            max={today}
            value={day}
            onChange={(e) => {
              setDay(e.currentTarget.value);
            }}
          />
        </Group>
        <Text size="sm">Over the past week at home, how was it going? 1 = very poor, 5 = very good.</Text>
        {FAMILY_ITEMS.map((item) => (
          <Stack key={item.key} gap={4}>
            <Radio.Group
              label={item.label}
              withAsterisk
              value={ratings[item.key] === undefined ? null : String(ratings[item.key])}
              onChange={(v) => {
                setRatings((r) => ({ ...r, [item.key]: Number(v) }));
              }}
            >
              <Group mt="xs">
                {FAMILY_RATINGS.map((r) => (
                  <Radio key={r.value} value={String(r.value)} label={`${String(r.value)} ${r.label}`} />
                ))}
              </Group>
            </Radio.Group>
            <TextInput
              label={`Comment on ${item.label.toLowerCase()}`}
              description={commentCount(comments[item.key])}
              error={commentError(comments[item.key])}
              value={comments[item.key]}
              onChange={(e) => {
                const v = e.currentTarget.value;
                setComments((c) => ({ ...c, [item.key]: v }));
              }}
            />
          </Stack>
        ))}
        <Textarea
          label="Concerns"
          description={`Anything that worries the family, in their words: ${characterCount(concerns, FAMILY_CONCERNS_MAX_CHARS)}.`}
          autosize
          minRows={2}
          maxRows={12}
          error={concernsError(concerns)}
          value={concerns}
          onChange={(e) => {
            setConcerns(e.currentTarget.value);
          }}
        />
        <FormProblem problem={problem} />
        <Group>
          <Button type="submit" loading={saving}>
            Save family feedback
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
