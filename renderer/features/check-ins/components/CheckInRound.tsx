import { Button, Checkbox, Group, MultiSelect, NumberInput, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { Fragment, useState } from 'react';
import { CHECK_IN_SCALES, JOURNAL_MAX_CHARS } from '../../../../shared/instruments';
import { AlreadyCheckedInModal } from './AlreadyCheckedInModal';
import { formatIsoDate, localToday } from '../../../components/format-date';
import { notify } from '../../../components/notify';
import { RestoredTypingNotice } from '../../../resume/RestoredTypingNotice';
import { useFormStash } from '../../../resume/useFormStash';
import { emptyDraft, journalCount, journalError, readDraft, type CheckInDraft, type CheckInField } from '../checkin-form';
import { secondCheckIns, type CheckIn, type CheckInInput } from '../checkin-records';
import { plural } from '../../../../shared/domain/text';
import { RoundSectionsRow, useRoundSections } from './RoundSections';
import { errorClause } from '../../../../shared/error-message';

interface Props {
  readonly clients: readonly { readonly id: string; readonly name: string; readonly dateOfBirth?: string }[];
  readonly skills: readonly string[];
  /** Reads the clients' stored check-ins, to ask before a second check-in on the same day. */
  readonly findStored: (clientIds: readonly string[]) => Promise<readonly CheckIn[]>;
  /** Saves the check-ins; resolves to the ones saved (other features' sections save their part against them). */
  readonly onSave: (inputs: readonly CheckInInput[]) => Promise<readonly CheckIn[]>;
}

type FieldErrors = Readonly<Partial<Record<CheckInField, string>>>;

interface Pending {
  readonly valid: readonly CheckInInput[];
  readonly errors: Readonly<Record<string, FieldErrors>>;
  /** Names of the clients who already have a check-in that day. */
  readonly seconds: readonly string[];
}

type Drafts = Readonly<Record<string, CheckInDraft>>;

/** Everything typed into a round: kept across a lock like any form. */
interface RoundTyping {
  readonly day: string;
  readonly attending: readonly string[];
  readonly drafts: Drafts;
}

function useRoundTyping(today: string) {
  const [day, setDay] = useState(today);
  const [attending, setAttending] = useState<string[]>([]);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [opening] = useState<RoundTyping>(() => ({ day: today, attending: [], drafts: {} }));
  const restored = useFormStash('checkin-round', {
    values: { day, attending, drafts },
    initial: opening,
    setValues: (typed) => {
      setDay(typed.day);
      setAttending([...typed.attending]);
      setDrafts(typed.drafts);
    },
  });
  return { day, setDay, attending, setAttending, drafts, setDrafts, restored };
}

/** A group's check-in round: tick who attends, then one row per attending client; saving keeps rows that need fixing. */
export function CheckInRound({ clients, skills, findStored, onSave }: Props) {
  const [today] = useState(localToday);
  const { day, setDay, attending, setAttending, drafts, setDrafts, restored } = useRoundTyping(today);
  const [rowErrors, setRowErrors] = useState<Readonly<Record<string, FieldErrors>>>({});
  const [saving, setSaving] = useState(false);
  const round = useRoundSections();
  const draftOf = (id: string) => drafts[id] ?? emptyDraft(day);
  const set = (id: string, patch: Partial<CheckInDraft>) => {
    setDrafts((d) => ({ ...d, [id]: { ...(d[id] ?? emptyDraft(day)), ...patch } }));
  };
  const nameOf = (id: string) => clients.find((c) => c.id === id)?.name ?? id;
  const bornOn = (id: string) => clients.find((c) => c.id === id)?.dateOfBirth ?? '';

  const [pending, setPending] = useState<Pending | null>(null);

  const write = async ({ valid, errors }: Pending) => {
    setPending(null);
    setSaving(true);
    try {
      const saved = await onSave(valid);
      try {
        await round.saveFor(saved);
      } catch (error) {
        notify(`The check-ins were saved, but not everything below them: ${errorClause(error)}. Record what is missing from the client’s chart.`, {
          failed: true,
        });
      }
      const done = new Set(valid.map((v) => v.clientId));
      setAttending((a) => a.filter((id) => !done.has(id)));
      setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([id]) => !done.has(id))));
      const left = Object.keys(errors).length;
      notify(`${plural(valid.length, 'check-in')} saved.${left ? ` ${plural(left, 'row')} need${left === 1 ? 's' : ''} fixing.` : ''}`);
    } catch (error) {
      notify(`The round was not saved: ${errorClause(error)}. The rows are kept; try again.`, { failed: true });
    } finally {
      setSaving(false);
    }
  };

  const save = async () => {
    const errors: Record<string, FieldErrors> = {};
    const valid: CheckInInput[] = [];
    for (const id of attending) {
      const read = readDraft({ ...draftOf(id), day }, today, bornOn(id));
      // Every section checks its fields, so every message of the row shows at once.
      const sectionsOk = round.check(id);
      if (read.ok && sectionsOk) valid.push({ clientId: id, ...read.value });
      else errors[id] = read.ok ? {} : read.errors;
    }
    setRowErrors(errors);
    if (valid.length === 0) return;
    setSaving(true);
    let seconds: readonly string[];
    try {
      seconds = secondCheckIns(valid, await findStored(valid.map((v) => v.clientId))).map((v) => nameOf(v.clientId));
    } catch (error) {
      notify(`The round was not saved: the clients’ earlier check-ins could not be read (${errorClause(error)}). The rows are kept; try again.`, {
        failed: true,
      });
      return;
    } finally {
      setSaving(false);
    }
    if (seconds.length > 0) setPending({ valid, errors, seconds });
    else await write({ valid, errors, seconds });
  };

  return (
    <Stack component="section" aria-labelledby="round-heading">
      <Title order={2} id="round-heading">
        Check-in round
      </Title>
      <RestoredTypingNotice restored={restored} />
      <TextInput
        type="date"
        label="Day of the round"
        withAsterisk
        max={today}
        value={day}
        onChange={(e) => {
          setDay(e.currentTarget.value);
        }}
        w={200}
      />
      <Checkbox.Group label="Attending clients" value={attending} onChange={setAttending}>
        <Group mt="xs">
          {clients.map((c) => (
            <Checkbox key={c.id} value={c.id} label={c.name} />
          ))}
        </Group>
      </Checkbox.Group>
      {clients.length === 0 && <Text>No active clients.</Text>}
      {attending.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Client</Table.Th>
                {CHECK_IN_SCALES.map((s) => (
                  <Table.Th key={s.key}>{s.label} (0–10)</Table.Th>
                ))}
                <Table.Th>Sleep (h)</Table.Th>
                <Table.Th>Coping skills</Table.Th>
                <Table.Th>Journal</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {attending.map((id) => {
                const d = draftOf(id);
                const name = nameOf(id);
                const errs = rowErrors[id] ?? {};
                return (
                  <Fragment key={id}>
                    <Table.Tr style={{ verticalAlign: 'top' }}>
                      <Table.Th scope="row" fw={500}>
                        {name}
                        {rowErrors[id] && (
                          <Text role="alert" size="sm" c="red.9">
                            Not saved: fix this row’s marked fields.{errs.day ? ` ${errs.day}` : ''}
                          </Text>
                        )}
                      </Table.Th>
                      {CHECK_IN_SCALES.map((s) => (
                        <Table.Td key={s.key}>
                          <NumberInput
                            aria-label={`${name}: ${s.label}`}
                            min={0}
                            max={10}
                            clampBehavior="none"
                            w={110}
                            value={d[s.key]}
                            error={errs[s.key]}
                            onChange={(v) => {
                              set(id, { [s.key]: v });
                            }}
                          />
                        </Table.Td>
                      ))}
                      <Table.Td>
                        <NumberInput
                          aria-label={`${name}: Sleep (hours)`}
                          min={0}
                          max={24}
                          step={0.5}
                          clampBehavior="none"
                          w={110}
                          value={d.sleepHours}
                          error={errs.sleepHours}
                          onChange={(v) => {
                            set(id, { sleepHours: v });
                          }}
                        />
                      </Table.Td>
                      <Table.Td>
                        <MultiSelect
                          aria-label={`${name}: Coping skills used`}
                          data={[...skills]}
                          value={[...d.copingSkills]}
                          onChange={(v) => {
                            set(id, { copingSkills: v });
                          }}
                          w={220}
                        />
                      </Table.Td>
                      <Table.Td>
                        <TextInput
                          aria-label={`${name}: Journal`}
                          w={240}
                          value={d.journal}
                          error={journalError(d.journal)}
                          description={d.journal.length > JOURNAL_MAX_CHARS * 0.8 ? journalCount(d.journal) : undefined}
                          onChange={(e) => {
                            set(id, { journal: e.currentTarget.value });
                          }}
                        />
                      </Table.Td>
                    </Table.Tr>
                    <RoundSectionsRow round={round} clientId={id} name={name} day={day} today={today} columns={CHECK_IN_SCALES.length + 4} />
                  </Fragment>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {attending.length > 0 && (
        <Group>
          <Button onClick={() => void save()} loading={saving}>
            Save round
          </Button>
        </Group>
      )}
      <AlreadyCheckedInModal held={pending} release={setPending} confirmLabel="Save the round anyway" onConfirm={write}>
        {`${pending?.seconds.join('; ') ?? ''}: already checked in for ${formatIsoDate(day)}. Saving the round adds a second check-in for the same day; the first is kept unchanged. Cancel saves nothing and keeps the rows.`}
      </AlreadyCheckedInModal>
    </Stack>
  );
}
