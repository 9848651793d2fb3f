import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { roleLabels, type StaffMember } from '@/features/staff/schemas';
import { navItemsFor } from './nav-items';

type Props = {
  staff: StaffMember;
  onSignOut: () => void;
  /** Small counts shown next to navigation labels, by path. */
  badges?: Partial<Record<string, ReactNode>>;
  children: ReactNode;
};

export function StaffAppShell({ staff, onSignOut, badges = {}, children }: Props) {
  const [opened, { toggle, close }] = useDisclosure();
  const location = useLocation();
  const isActive = (to: string) => (to === '/' ? location.pathname === '/' : location.pathname.startsWith(to));

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label="Toggle navigation" />
            <Title order={1} size="h4">
              Vein Desk
            </Title>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Stack gap={0} align="flex-end" visibleFrom="xs">
              <Text size="sm" fw={600}>
                {staff.name}
              </Text>
              <Text size="xs" c="dimmed">
                {roleLabels[staff.role]}
              </Text>
            </Stack>
            <Button variant="default" size="xs" onClick={onSignOut}>
              Sign out
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        {navItemsFor(staff.role).map((item) => (
          <NavLink
            key={item.to}
            component={RouterNavLink}
            to={item.to}
            end={item.to === '/'}
            label={item.label}
            active={isActive(item.to)}
            rightSection={badges[item.to]}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main">{children}</AppShell.Main>
    </AppShell>
  );
}
