import { Loader, Stack, Text, Title } from '@mantine/core';
import { notify } from '../../../components/notify';
import { formatIsoDate } from '../../../components/format-date';
import type { CheckInInput } from '../checkin-records';
import { useCheckInActions, useClientCheckIns, useCopingSkills } from '../useCheckIns';
import { CheckInForm } from './CheckInForm';
import { CheckInTrends } from './CheckInTrends';

interface Props {
  readonly clientId: string;
  /** No check-in is dated before it. */
  readonly dateOfBirth: string;
  /** Active clients only get new check-ins. */
  readonly canRecord: boolean;
}

/** The check-ins tab of a client's chart: a quick form and the trends. */
export function CheckInsSection({ clientId, dateOfBirth, canRecord }: Props) {
  const { data, error } = useClientCheckIns(clientId);
  const skills = useCopingSkills();
  const actions = useCheckInActions();
  if (error) return <Text role="alert">This client’s check-ins could not be read ({error.message}). Lock and unlock Waypoint, then open the chart again.</Text>;
  if (!data || !skills) return <Loader aria-label="Loading check-ins" />;
  const save = async (input: CheckInInput): Promise<string> => {
    const [saved] = await actions.save([input], 'quick form');
    if (!saved) throw new Error('the saved check-in did not read back');
    notify(`Check-in for ${formatIsoDate(input.day)} saved.`);
    return saved.id;
  };
  return (
    <Stack component="section" aria-labelledby="checkins-heading">
      <Title order={2} id="checkins-heading">
        Daily check-ins
      </Title>
      {canRecord && <CheckInForm clientId={clientId} dateOfBirth={dateOfBirth} skills={skills.all} stored={data} onSave={save} />}
      <CheckInTrends checkIns={data} />
    </Stack>
  );
}
