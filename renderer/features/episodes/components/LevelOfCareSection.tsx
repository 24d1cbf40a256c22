import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Client, DischargeInput } from '../../../../shared/domain/client';
import { openEpisode, sameDayTransfers, type EpisodeEventInput, type LevelOfCareOption } from '../../../../shared/progress/episodes';
import { formatIsoDate, localToday } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import { DischargeModal } from '../../clients';
import { useClientEpisodes, useLevelsOfCare, type ClientEpisodes } from '../useEpisodes';
import { useEpisodeActions } from '../useEpisodeActions';
import { currentLevelText } from './current-level';
import { EpisodeEventModal, type EpisodeFormValues } from './EpisodeEventModal';
import { EpisodeHistory } from './EpisodeHistory';

type Opening = 'admission' | 'transfer' | 'discharge' | null;

function summary(client: Client, data: ClientEpisodes): string {
  const current = currentLevelText(data.episodes);
  if (current) return `Current level of care: ${current}.`;
  if (client.status === 'discharged' && client.dischargeDate) return `Discharged on ${formatIsoDate(client.dischargeDate)}.`;
  return `No admission to a level of care is recorded yet. The client record says ${client.levelOfCare} from ${formatIsoDate(client.admissionDate)}.`;
}

function blank(client: Client, data: ClientEpisodes, type: 'admission' | 'transfer', today: string): EpisodeFormValues {
  const first = type === 'admission' && data.events.length === 0;
  return { occurredOn: first ? client.admissionDate : today, levelOfCareCode: first ? client.levelOfCare : '', scheme: '', code: '', reason: '', note: '' };
}

interface Props {
  readonly client: Client;
  readonly canEdit: boolean;
  readonly data: ClientEpisodes;
  readonly levels: readonly LevelOfCareOption[];
}

function Episodes({ client, canEdit, data, levels }: Props) {
  const [today] = useState(localToday);
  const [opening, setOpening] = useState<Opening>(null);
  const actions = useEpisodeActions();
  const current = openEpisode(data.episodes);
  const context = { events: data.events, episodes: data.episodes, levels, admissionDate: client.admissionDate, today };
  const close = () => {
    setOpening(null);
  };
  const change = async (input: EpisodeEventInput) => {
    await actions.change(client, input, levels);
    close();
    notify(input.type === 'admission' ? `Admission to ${input.levelOfCareCode} recorded.` : `Transfer to ${input.levelOfCareCode} recorded.`);
  };
  const discharge = async (input: DischargeInput) => {
    await actions.discharge(client, input, levels);
    close();
    notify('Discharge recorded.');
  };
  return (
    <Stack component="section" aria-labelledby="level-of-care-heading">
      <Group justify="space-between">
        <Title order={2} id="level-of-care-heading">
          Level of care
        </Title>
        {canEdit && (
          <Group>
            {!current && (
              <Button
                onClick={() => {
                  setOpening('admission');
                }}
              >
                Record admission
              </Button>
            )}
            {current && (
              <Button
                onClick={() => {
                  setOpening('transfer');
                }}
              >
                Record transfer
              </Button>
            )}
            {current && (
              <Button
                color="red.9"
                variant="outline"
                onClick={() => {
                  setOpening('discharge');
                }}
              >
                Discharge
              </Button>
            )}
          </Group>
        )}
      </Group>
      <Text>{summary(client, data)}</Text>
      {sameDayTransfers(data.episodes).map((e) => (
        <Alert key={e.id} color="yellow" title="Two changes on the same day">
          {e.levelOfCareCode} began and ended on {formatIsoDate(e.startedOn)}: two changes were recorded for that day, perhaps on two laptops. Both are kept;
          check which one holds and record a transfer if the current level is wrong.
        </Alert>
      ))}
      {data.episodes.length > 0 && <EpisodeHistory episodes={data.episodes} />}
      {(opening === 'admission' || opening === 'transfer') && (
        <EpisodeEventModal
          type={opening}
          title={opening === 'admission' ? 'Record admission' : `Record transfer from ${current?.levelOfCareCode ?? ''}`}
          initial={blank(client, data, opening, today)}
          context={context}
          onClose={close}
          onSave={change}
        />
      )}
      <DischargeModal client={client} opened={opening === 'discharge'} today={today} onClose={close} onDischarge={discharge} />
    </Stack>
  );
}

/** The Level of care tab: the current level, the history of the stay, and admission / transfer / discharge. */
export function LevelOfCareSection({ client, canEdit }: Omit<Props, 'data' | 'levels'>) {
  const { data, error } = useClientEpisodes(client);
  const levels = useLevelsOfCare();
  if (error) return <Text role="alert">The level-of-care history could not be read: {error.message}</Text>;
  if (!data || !levels) return <Loader aria-label="Loading level of care" />;
  return <Episodes client={client} canEdit={canEdit} data={data} levels={levels} />;
}
