import { Divider, Loader, Stack, Text, Title } from '@mantine/core';
import type { CheckInInput } from './checkin-records';
import { useActiveClients, useCheckInActions, useCopingSkills, useFindCheckIns } from './useCheckIns';
import { CheckInRound } from './components/CheckInRound';
import { CsvImportPanel } from './components/CsvImportPanel';

/** /checkins: a group's check-in round and imports from a mood app. */
export function CheckInRoundPage() {
  const { data: clients, error } = useActiveClients();
  const skills = useCopingSkills();
  const actions = useCheckInActions();
  const findStored = useFindCheckIns();
  if (error) return <Text role="alert">Clients could not be read ({error.message}). Lock and unlock Waypoint, then try again.</Text>;
  if (!clients || !skills) return <Loader aria-label="Loading check-ins" />;
  return (
    <Stack>
      <Title order={1}>Check-ins</Title>
      <CheckInRound
        clients={clients}
        skills={skills.all}
        findStored={findStored}
        onSave={(inputs: readonly CheckInInput[]) => actions.save(inputs, 'check-in round')}
      />
      <Divider />
      <CsvImportPanel clients={clients} onImport={(inputs) => actions.save(inputs, 'imported from CSV')} />
    </Stack>
  );
}
