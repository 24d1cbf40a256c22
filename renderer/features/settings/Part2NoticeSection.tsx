import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { map } from 'rxjs';
import { errorMessage } from '../../../shared/error-message';
import { DEFAULT_PART2_NOTICE, part2NoticeErrors, part2NoticeOf, type Part2Notice } from '../../../shared/reports';
import { notify } from '../../components/notify';
import { useLiveQuery, watchClinicRecords } from '../../db';
import { useActorContext, useSignedIn } from '../../session';
import { Part2NoticeError, savePart2Notice } from './part2-notice-actions';

/** Settings: the 42 CFR 2.32 re-disclosure notice every Part 2 client's report prints (progress.md §7.2 item 7). */
export function Part2NoticeSection() {
  const notice = useLiveQuery((db) => watchClinicRecords(db, 'settings').pipe(map(part2NoticeOf)), []).data;
  return notice ? <NoticeForm key={notice.recordId} notice={notice} /> : null;
}

function NoticeForm({ notice }: { notice: Part2Notice }) {
  const ctx = useActorContext();
  const { user } = useSignedIn();
  const [text, setText] = useState(notice.text);
  const [failure, setFailure] = useState<string | null>(null);
  const readOnly = user.role !== 'admin' && user.role !== 'supervisor';
  const errors = part2NoticeErrors(text);
  const changed = text.trim() !== notice.text;
  const save = async () => {
    try {
      await savePart2Notice(ctx, text, notice);
      setFailure(null);
      notify('Part 2 notice saved; reports of substance-use and dual-diagnosis clients print it now.');
    } catch (e) {
      setFailure(e instanceof Part2NoticeError ? Object.values(e.errors).join(' ') : errorMessage(e));
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="part2-notice-heading">
      <Stack>
        <Title order={2} size="h4" id="part2-notice-heading">
          42 CFR Part 2 notice
        </Title>
        <Text size="sm">
          {`Printed on every progress report, discharge summary and client record of a substance-use or dual-diagnosis client (42 CFR 2.32). ${
            notice.text === DEFAULT_PART2_NOTICE
              ? 'This is the standard 2024 wording; change it when the regulation’s wording changes.'
              : 'The clinic’s own wording.'
          }`}
          {readOnly ? ' Only a supervisor or clinic admin can change it.' : ''}
        </Text>
        <Textarea
          label="Re-disclosure notice"
          autosize
          minRows={3}
          value={text}
          readOnly={readOnly}
          error={errors.text}
          onChange={(e) => {
            setText(e.currentTarget.value);
          }}
        />
        {failure && (
          <Alert color="red" title="Not saved">
            {failure}
          </Alert>
        )}
        {!readOnly && (
          <Group>
            <Button onClick={() => void save()} disabled={Object.keys(errors).length > 0 || !changed}>
              Save Part 2 notice
            </Button>
            <Button
              variant="default"
              disabled={text.trim() === DEFAULT_PART2_NOTICE}
              onClick={() => {
                setText(DEFAULT_PART2_NOTICE);
              }}
            >
              Use the standard text
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
