import { Button, Textarea } from '@mantine/core';
import { useState } from 'react';
import { map } from 'rxjs';
import { errorMessage } from '../../../shared/error-message';
import { DEFAULT_PART2_NOTICE, part2NoticeErrors, part2NoticeOf, type Part2Notice } from '../../../shared/reports';
import { useLiveQuery, watchClinicRecords } from '../../db';
import { useActorContext } from '../../session';
import { Part2NoticeError, savePart2Notice } from './part2-notice-actions';
import { SettingPanel, useSettingSave, useSettingsReadOnly } from '../../components/SettingPanel';

/** Settings: the 42 CFR 2.32 re-disclosure notice every Part 2 client's report prints (progress.md §7.2 item 7). */
export function Part2NoticeSection() {
  const notice = useLiveQuery((db) => watchClinicRecords(db, 'settings').pipe(map(part2NoticeOf)), []).data;
  return notice ? <NoticeForm key={notice.recordId} notice={notice} /> : null;
}

function NoticeForm({ notice }: { notice: Part2Notice }) {
  const ctx = useActorContext();
  const [text, setText] = useState(notice.text);
  const readOnly = useSettingsReadOnly();
  const errors = part2NoticeErrors(text);
  const changed = text.trim() !== notice.text;
  const { failure, save } = useSettingSave(
    () => savePart2Notice(ctx, text, notice),
    'Part 2 notice saved; reports of substance-use and dual-diagnosis clients print it now.',
    (e) => (e instanceof Part2NoticeError ? Object.values(e.errors).join(' ') : errorMessage(e)),
  );
  return (
    <SettingPanel
      id="part2-notice-heading"
      title="42 CFR Part 2 notice"
      description={
        <>{`Printed on every progress report, discharge summary and client record of a substance-use or dual-diagnosis client (42 CFR 2.32). ${
          notice.text === DEFAULT_PART2_NOTICE
            ? 'This is the standard 2024 wording; change it when the regulation’s wording changes.'
            : 'The clinic’s own wording.'
        }`}</>
      }
      pronoun="it"
      readOnly={readOnly}
      failure={failure}
      saveLabel="Save Part 2 notice"
      canSave={!(Object.keys(errors).length > 0 || !changed)}
      onSave={save}
      extraAction={
        <Button
          variant="default"
          disabled={text.trim() === DEFAULT_PART2_NOTICE}
          onClick={() => {
            setText(DEFAULT_PART2_NOTICE);
          }}
        >
          Use the standard text
        </Button>
      }
    >
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
    </SettingPanel>
  );
}
