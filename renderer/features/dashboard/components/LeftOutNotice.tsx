import { Anchor, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import { plural } from '../../../../shared/domain/text';
import type { LeftOutClient } from '../caseload-dashboard';

/**
 * One line naming the clients in scope whose records could not be read: they are missing from the rows and from the
 * alerts (a safety alert of theirs too), so the clinician is told rather than shown a caseload that looks complete.
 */
export function LeftOutNotice({ clients }: { clients: readonly LeftOutClient[] }) {
  if (clients.length === 0) return null;
  const verb = clients.length === 1 ? 'is' : 'are';
  return (
    <Text role="alert" c="red.9" fw={500}>
      {plural(clients.length, 'client')} could not be read and {verb} not shown, alerts included:{' '}
      {clients.map((c, i) => (
        <Fragment key={c.clientId}>
          {i > 0 && ', '}
          <Anchor component={Link} to={`/clients/${c.clientId}`}>
            {c.name}
          </Anchor>
        </Fragment>
      ))}{' '}
      — open {clients.length === 1 ? 'their chart' : 'each chart'} to check.
    </Text>
  );
}
