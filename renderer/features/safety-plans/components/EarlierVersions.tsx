import { Button, Stack, Title } from '@mantine/core';
import { useState } from 'react';
import type { SafetyPlanVersion } from '../../../../shared/progress/safety-plans';
import { PlanView } from './PlanView';

/** Earlier (superseded) versions, newest first, each readable as it was signed. */
export function EarlierVersions({ versions }: { readonly versions: readonly SafetyPlanVersion[] }) {
  const [open, setOpen] = useState<string | null>(null);
  if (versions.length === 0) return null;
  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        Earlier versions
      </Title>
      {versions.map((v) => (
        <Stack key={v.versionId} gap="xs">
          <Button
            variant="subtle"
            justify="flex-start"
            aria-expanded={open === v.versionId}
            onClick={() => {
              setOpen(open === v.versionId ? null : v.versionId);
            }}
          >
            {`${open === v.versionId ? 'Hide' : 'Show'} version ${String(v.version)}`}
          </Button>
          {open === v.versionId && <PlanView version={v} order={4} />}
        </Stack>
      ))}
    </Stack>
  );
}
