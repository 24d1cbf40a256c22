import { Loader, Text } from '@mantine/core';
import { useMemo, useState } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { clientDisplayName } from '../../../shared/domain/client';
import { SESSION_KINDS } from '../../../shared/domain/records';
import { formToSession, newSessionForm, sessionToForm, type SessionFormInput, type SessionFormValues } from '../../../shared/domain/sessions';
import { canBePrimaryClinician } from '../../../shared/domain/staff';
import { useSignedIn } from '../../session';
import { notify } from '../../components/notify';
import { updatedVersion } from '../../drafts/form-arrival';
import { useFollowArrivals } from '../../drafts/useFollowArrivals';
import type { Session } from '../../../shared/domain/records';
import { SessionForm, type Option } from './components/SessionForm';
import { useDirectory, useSessionDetail, type Directory } from './useSessions';
import { useSessionActions } from './useSessionActions';

function optionsOf(dir: Directory, userId: string, keep: SessionFormValues) {
  const clinicians: Option[] = dir.staff
    .filter((s) => canBePrimaryClinician(s) || s.id === userId || keep.clinicianIds.includes(s.id))
    .map((s) => ({ value: s.id, label: s.active ? s.name : `${s.name} (inactive)` }));
  const clients: Option[] = dir.clients
    .filter((c) => c.status === 'active' || c.id === keep.clientId)
    .map((c) => ({ value: c.id, label: clientDisplayName(c) }));
  const groups: Option[] = dir.groups.filter((g) => g.status === 'active' || g.id === keep.groupId).map((g) => ({ value: g.id, label: g.name }));
  return { clinicians, clients, groups };
}

function presetFrom(params: URLSearchParams): Partial<SessionFormValues> {
  const kind = SESSION_KINDS.find((k) => k === params.get('kind'));
  return {
    ...(kind ? { kind } : {}),
    ...(params.get('clientId') ? { clientId: params.get('clientId') ?? '' } : {}),
    ...(params.get('groupId') ? { groupId: params.get('groupId') ?? '' } : {}),
    ...(params.get('date') ? { date: params.get('date') ?? '' } : {}),
  };
}

function NewSession() {
  const { user } = useSignedIn();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const actions = useSessionActions();
  const { data } = useDirectory();
  const [initial] = useState(() => newSessionForm(user.id, new Date(), presetFrom(params)));
  const opts = useMemo(() => (data ? optionsOf(data, user.id, initial) : null), [data, user.id, initial]);
  if (!opts) return <Loader aria-label="Loading" />;
  const save = async (input: SessionFormInput) => {
    const s = await actions.createSession({ ...formToSession(input), summary: '', feedbackResponseId: '' });
    notify('Session saved.');
    void navigate(`/sessions/${s.id}`);
  };
  return <SessionForm title="New session" stashKey="session:new" initialValues={initial} {...opts} onSave={save} onCancel={() => void navigate(-1)} />;
}

function EditSession({ sessionId }: { sessionId: string }) {
  const { data } = useSessionDetail(sessionId);
  if (!data) return <Loader aria-label="Loading session" />;
  if (!data.session)
    return (
      <Text role="alert">
        No session has this id. <Link to="/sessions">Go to the schedule</Link>.
      </Text>
    );
  return <FollowedSessionForm stored={data.session} dir={data.dir} />;
}

/** Edits a stored session, following versions of it that arrive from another laptop (useFollowArrivals). */
function FollowedSessionForm({ stored, dir }: { stored: Session; dir: Directory }) {
  const { user } = useSignedIn();
  const navigate = useNavigate();
  const actions = useSessionActions();
  const followed = useFollowArrivals(stored, updatedVersion);
  const session = followed.shown;
  const initial = sessionToForm(session);
  const save = async (input: SessionFormInput) => {
    const next = formToSession(input);
    const fields = Object.keys(next).filter((k) => JSON.stringify(next[k as keyof typeof next]) !== JSON.stringify(session[k as keyof typeof session]));
    await actions.editSession(session.id, next, fields, followed.opened);
    notify('Session saved.');
    void navigate(`/sessions/${session.id}`);
  };
  return (
    <SessionForm
      key={followed.formKey}
      title="Edit session"
      stashKey={`session:edit:${session.id}`}
      initialValues={initial}
      {...optionsOf(dir, user.id, initial)}
      onSave={save}
      onCancel={() => void navigate(`/sessions/${session.id}`)}
      arrival={followed.arrival}
      onStateChange={followed.report}
    />
  );
}

/** /sessions/new (?kind, clientId, groupId, date preset the form) and /sessions/:sessionId/edit. */
export function SessionFormPage() {
  const { sessionId } = useParams();
  return sessionId ? <EditSession key={sessionId} sessionId={sessionId} /> : <NewSession />;
}
