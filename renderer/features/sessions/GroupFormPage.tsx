import { Alert, Loader, MultiSelect, NativeSelect, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { clientDisplayName } from '../../../shared/domain/client';
import type { Group as ClinicGroup } from '../../../shared/domain/records';
import { canBePrimaryClinician } from '../../../shared/domain/staff';
import { useSignedIn } from '../../session';
import { SaveCancelButtons } from '../../components/SaveCancelButtons';
import { RestoredTypingNotice } from '../../resume/RestoredTypingNotice';
import { useFormStash } from '../../resume/useFormStash';
import { LIST_PROPS } from '../../components/combobox';
import { notify } from '../../components/notify';
import { groupToForm, validateGroupForm, type GroupFormValues } from './group-form';
import { useSessionActions } from './useSessionActions';
import { useDirectory, type Directory } from './useSessions';
import { errorMessage } from '../../../shared/error-message';
import { ArrivedVersionNotice } from '../../components/ArrivedVersionNotice';
import { updatedVersion } from '../../drafts/form-arrival';
import { useFollowArrivals, useReportFormState, type FollowedRecord } from '../../drafts/useFollowArrivals';

function GroupForm({ group, dir, followed }: { group: ClinicGroup | null; dir: Directory; followed?: FollowedRecord<ClinicGroup> }) {
  const { user } = useSignedIn();
  const navigate = useNavigate();
  const actions = useSessionActions();
  const [saveError, setSaveError] = useState('');
  const [saving, setSaving] = useState(false);
  const [initialValues] = useState(() => groupToForm(group, user.id));
  const form = useForm<GroupFormValues>({
    mode: 'controlled',
    initialValues,
    validate: (v) => {
      const r = validateGroupForm(v);
      return r.ok ? {} : { ...r.errors };
    },
  });
  const restored = useFormStash(group ? `group:edit:${group.id}` : 'group:new', {
    values: form.getValues(),
    initial: initialValues,
    setValues: form.setValues,
  });
  useReportFormState(followed?.report, form.isDirty(), saving);
  const leaders = dir.staff
    .filter((s) => canBePrimaryClinician(s) || s.id === user.id || s.id === group?.leaderId)
    .map((s) => ({ value: s.id, label: s.name }));
  const clients = dir.clients
    .filter((c) => c.status === 'active' || form.values.memberIds.includes(c.id))
    .map((c) => ({ value: c.id, label: clientDisplayName(c) }));
  const submit = form.onSubmit((values) => {
    const r = validateGroupForm(values);
    if (!r.ok) return;
    setSaving(true);
    const save = group ? actions.editGroup(group.id, r.value, followed?.opened) : actions.createGroup(r.value);
    save.then(
      () => {
        notify('Group saved.');
        void navigate('/groups');
      },
      (e: unknown) => {
        setSaveError(errorMessage(e));
        setSaving(false);
      },
    );
  });
  return (
    <form onSubmit={submit} noValidate>
      <Stack maw={720}>
        <Title order={1}>{group ? `Edit group: ${group.name}` : 'New group'}</Title>
        <RestoredTypingNotice restored={restored} />
        <ArrivedVersionNotice arrival={followed?.arrival ?? 'none'} />
        {saveError && (
          <Alert color="red" role="alert" title="The group was not saved">
            {saveError} Everything you entered is still here.
          </Alert>
        )}
        <TextInput label="Group name" required {...form.getInputProps('name')} />
        <Textarea label="Description" autosize minRows={2} {...form.getInputProps('description')} />
        <NativeSelect label="Leader" data={[{ value: '', label: 'Choose…' }, ...leaders]} required {...form.getInputProps('leaderId')} />
        <MultiSelect
          comboboxProps={LIST_PROPS}
          label="Members"
          description={`${form.values.memberIds.length} members; type to find a client`}
          data={clients}
          searchable
          {...form.getInputProps('memberIds')}
        />
        {group && (
          <NativeSelect
            label="Status"
            data={[
              { value: 'active', label: 'Active' },
              { value: 'archived', label: 'Archived' },
            ]}
            {...form.getInputProps('status')}
          />
        )}
        <SaveCancelButtons
          saveLabel="Save group"
          isDirty={form.isDirty}
          onCancel={() => void navigate('/groups')}
          lostMessage="The changes to this group have not been saved."
        />
      </Stack>
    </form>
  );
}

/** /groups/new and /groups/:groupId/edit. */
export function GroupFormPage() {
  const { groupId } = useParams();
  const { data } = useDirectory();
  if (!data) return <Loader aria-label="Loading" />;
  const group = groupId ? (data.groups.find((g) => g.id === groupId) ?? null) : null;
  if (groupId && !group)
    return (
      <Text role="alert">
        No group has this id. <Link to="/groups">Go to the groups</Link>.
      </Text>
    );
  return group ? <FollowedGroupForm key={group.id} stored={group} dir={data} /> : <GroupForm key="new" group={null} dir={data} />;
}

/** Edits a stored group, following versions of it that arrive from another laptop (useFollowArrivals). */
function FollowedGroupForm({ stored, dir }: { stored: ClinicGroup; dir: Directory }) {
  const followed = useFollowArrivals(stored, updatedVersion);
  return <GroupForm key={followed.formKey} group={followed.shown} dir={dir} followed={followed} />;
}
