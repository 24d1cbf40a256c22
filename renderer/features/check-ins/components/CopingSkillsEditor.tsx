import { Button, Group, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { BUILT_IN_COPING_SKILLS, SKILL_MAX_CHARS, cleanSkills } from '../../../../shared/instruments';
import { notify } from '../../../components/notify';
import { FormProblem } from '../../../components/FormProblem';
import { errorClause } from '../../../../shared/error-message';

interface Props {
  readonly clinicSkills: readonly string[];
  readonly onSave: (skills: readonly string[]) => Promise<void>;
}

/** The clinic's own coping skills, offered in every check-in beside the built-in three. */
export function CopingSkillsEditor({ clinicSkills, onSave }: Props) {
  const [text, setText] = useState(clinicSkills.join('\n'));
  const [problem, setProblem] = useState<string | null>(null);
  const save = async () => {
    const skills = cleanSkills(text.split('\n'));
    const long = skills.find((s) => s.length > SKILL_MAX_CHARS);
    if (long) {
      setProblem(`“${long.slice(0, 20)}…” is longer than ${String(SKILL_MAX_CHARS)} characters; shorten it.`);
      return;
    }
    try {
      await onSave(skills);
      setProblem(null);
      notify('Coping skills saved.');
    } catch (error) {
      setProblem(`The list was not saved: ${errorClause(error)}. Try again.`);
    }
  };
  return (
    <Stack component="section" aria-labelledby="skills-heading">
      <Title order={2} id="skills-heading">
        Coping skills
      </Title>
      <Text size="sm">Always offered: {BUILT_IN_COPING_SKILLS.join(', ')}.</Text>
      <Textarea
        label="The clinic's own coping skills, one per line"
        autosize
        minRows={3}
        value={text}
        onChange={(e) => {
          setText(e.currentTarget.value);
        }}
      />
      <FormProblem problem={problem} />
      <Group>
        <Button onClick={() => void save()}>Save coping skills</Button>
      </Group>
    </Stack>
  );
}
