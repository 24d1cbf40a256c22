import { Button, Group, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { isIsoDate } from '../../../shared/domain/dates';
import { SESSION_KINDS } from '../../../shared/domain/records';
import { filterSessions, sessionsByDay, viewDays, type ScheduleFilter } from '../../../shared/domain/schedule-view';
import { shiftDay } from '../../../shared/domain/sessions';
import { useSignedIn } from '../../session';
import { formatIsoDate, localToday } from '../../components/format-date';
import { ScheduleDayTable } from './components/ScheduleDayTable';
import { ScheduleFilters, type ScheduleChoice } from './components/ScheduleFilters';
import { nameIn, useRangeSessions, type Directory } from './useSessions';

const longDate = new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeZone: 'UTC' });

function choiceOf(params: URLSearchParams, wholeClinic: boolean): ScheduleChoice {
  const kind = params.get('kind') ?? '';
  return {
    view: params.get('view') === 'week' ? 'week' : 'day',
    clinician: wholeClinic ? (params.get('clinician') ?? 'me') : 'me',
    group: params.get('group') ?? '',
    kind: SESSION_KINDS.some((k) => k === kind) ? kind : '',
  };
}

function filterOf(choice: ScheduleChoice, userId: string): ScheduleFilter {
  const clinicianIds = choice.clinician === 'me' ? [userId] : choice.clinician === '' ? [] : [choice.clinician];
  return { clinicianIds, groupId: choice.group, kind: SESSION_KINDS.find((k) => k === choice.kind) ?? '' };
}

function whose(choice: ScheduleChoice, dir: Directory): string {
  if (choice.clinician === 'me') return 'Your sessions';
  return choice.clinician === '' ? 'Everyone’s sessions' : `Sessions of ${nameIn(dir).staff(choice.clinician)}`;
}

/**
 * /sessions?day=YYYY-MM-DD&view=day|week&clinician=&group=&kind=: the signed-in clinician's sessions by default;
 * supervisors and admins may show any clinician's, or everyone's. Filters by group and session kind.
 */
export function SchedulePage() {
  const { user } = useSignedIn();
  const wholeClinic = user.role === 'supervisor' || user.role === 'admin';
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [today] = useState(localToday);
  const asked = params.get('day') ?? '';
  const day = isIsoDate(asked) ? asked : today;
  const choice = choiceOf(params, wholeClinic);
  const set = (patch: Partial<ScheduleChoice & { day: string }>) => {
    const next = { day, ...choice, ...patch };
    setParams(Object.fromEntries(Object.entries(next).filter(([k, v]) => v !== '' || k === 'clinician')), { replace: true });
  };
  const days = viewDays(day, choice.view);
  const { data, error } = useRangeSessions(days[0] ?? day, days[days.length - 1] ?? day);
  const shown = data ? sessionsByDay(filterSessions(data.sessions, filterOf(choice, user.id)), days) : null;
  const step = choice.view === 'week' ? 7 : 1;
  const unit = choice.view === 'week' ? 'week' : 'day';
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Schedule</Title>
        <Button onClick={() => void navigate(`/sessions/new?date=${day}`)}>New session</Button>
      </Group>
      <ScheduleFilters choice={choice} onChange={set} dir={data?.dir ?? null} wholeClinic={wholeClinic} />
      <Group align="flex-end" role="group" aria-label="Choose the day">
        <Button
          variant="default"
          onClick={() => {
            set({ day: shiftDay(day, -step) });
          }}
        >
          Previous {unit}
        </Button>
        <Button
          variant="default"
          onClick={() => {
            set({ day: today });
          }}
          disabled={day === today}
        >
          Today
        </Button>
        <Button
          variant="default"
          onClick={() => {
            set({ day: shiftDay(day, step) });
          }}
        >
          Next {unit}
        </Button>
        <TextInput
          label="Day"
          type="date"
          value={day}
          onChange={(e) => {
            if (isIsoDate(e.currentTarget.value)) set({ day: e.currentTarget.value });
          }}
        />
      </Group>
      {error && <Text role="alert">Sessions could not be read: {error.message}</Text>}
      {!data && !error && <Loader aria-label="Loading sessions" />}
      {data &&
        shown &&
        days.map((d) => (
          <Stack key={d} gap="xs">
            <Title order={2} size="h3">
              {formatIsoDate(d, longDate)}
            </Title>
            <ScheduleDayTable
              sessions={shown.get(d) ?? []}
              dir={data.dir}
              showClinicians={choice.clinician !== 'me'}
              caption={`${whose(choice, data.dir)} on ${formatIsoDate(d, longDate)}`}
              empty={`No sessions on ${formatIsoDate(d, longDate)}.${choice.view === 'day' ? ' Choose “New session” to schedule one.' : ''}`}
            />
          </Stack>
        ))}
    </Stack>
  );
}
