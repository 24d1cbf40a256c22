import { Card, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Session } from '../../../../shared/domain/records';
import { formatIsoDate } from '../../../components/format-date';
import { familyFeedbackSummary, useFamilyFeedback } from '../../family-feedback';
import { useSessionActions } from '../useSessionActions';
import { errorMessage } from '../../../../shared/error-message';

/** A family session's attached family feedback form: choose one of the client's forms, or none. */
export function FamilyFeedbackAttach({ session }: { session: Session }) {
  const { data } = useFamilyFeedback(session.clientId);
  const actions = useSessionActions();
  const [error, setError] = useState('');
  const forms = data ?? [];
  const options = [
    { value: '', label: 'None attached' },
    ...[...forms].reverse().map((f) => ({ value: f.id, label: familyFeedbackSummary(f, formatIsoDate) })),
  ];
  const attach = (id: string) => {
    actions.editSession(session.id, { feedbackResponseId: id }, ['feedbackResponseId']).then(
      () => {
        setError('');
      },
      (e: unknown) => {
        setError(`Not saved: ${errorMessage(e)}`);
      },
    );
  };
  return (
    <Card withBorder component="section" aria-labelledby="family-feedback-heading">
      <Stack gap="xs">
        <Title order={2} size="h3" id="family-feedback-heading">
          Family feedback
        </Title>
        {forms.length === 0 ? (
          <Text>No family feedback forms for this client yet; record one on the chart’s Measures tab, then attach it here.</Text>
        ) : (
          <NativeSelect
            label="Attached family feedback form"
            data={options}
            value={session.feedbackResponseId}
            error={error || undefined}
            onChange={(e) => {
              attach(e.currentTarget.value);
            }}
          />
        )}
      </Stack>
    </Card>
  );
}
