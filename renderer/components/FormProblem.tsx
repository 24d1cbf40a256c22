import { Text } from '@mantine/core';

/** Why a form cannot go ahead, read out when it appears; nothing while there is no problem. */
export function FormProblem({ problem }: { readonly problem: string | null | undefined }) {
  if (!problem) return null;
  return (
    <Text role="alert" c="red.9">
      {problem}
    </Text>
  );
}
