import { AppShell, Burger, Button, Group, NavLink, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { memo, type ReactNode } from 'react';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { roleLabels, type StaffMember } from '@/shared/staff/schemas';
import { navItemsFor } from './nav-items';

type Badges = Partial<Record<string, ReactNode>>;

type Props = {
  staff: StaffMember;
  onSignOut: () => void;
  /** Small counts shown next to navigation labels, by path. */
  badges?: Badges;
  children: ReactNode;
};

const noBadges: Badges = {};

// The shell is memoized and only the navigation reads the location: a page changing its URL
// search (a sort, a filter) re-renders neither the header nor Mantine's AppShell, whose
// responsive styles are costly to compute.

const ShellHeader = memo(function ShellHeader(props: {
  staff: StaffMember;
  navOpened: boolean;
  onToggleNav: () => void;
  onSignOut: () => void;
}) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap">
      <Group gap="sm" wrap="nowrap">
        <Burger
          opened={props.navOpened}
          onClick={props.onToggleNav}
          hiddenFrom="sm"
          size="sm"
          aria-label="Toggle navigation"
        />
        <Title order={1} size="h4">
          Vein Desk
        </Title>
      </Group>
      <Group gap="sm" wrap="nowrap">
        <Stack gap={0} align="flex-end" visibleFrom="xs">
          <Text size="sm" fw={600}>
            {props.staff.name}
          </Text>
          <Text size="xs" c="dimmed">
            {roleLabels[props.staff.role]}
          </Text>
        </Stack>
        <Button variant="default" size="xs" onClick={props.onSignOut}>
          Sign out
        </Button>
      </Group>
    </Group>
  );
});

function MainNav(props: { role: StaffMember['role']; badges: Badges; onNavigate: () => void }) {
  const { pathname } = useLocation();
  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname.startsWith(to));
  return navItemsFor(props.role).map((item) => (
    <NavLink
      key={item.to}
      component={RouterNavLink}
      to={item.to}
      end={item.to === '/'}
      label={item.label}
      active={isActive(item.to)}
      rightSection={props.badges[item.to]}
      onClick={props.onNavigate}
    />
  ));
}

export const StaffAppShell = memo(function StaffAppShell({ staff, onSignOut, badges = noBadges, children }: Props) {
  const [opened, { toggle, close }] = useDisclosure();

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <AppShell.Header>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <ShellHeader staff={staff} navOpened={opened} onToggleNav={toggle} onSignOut={onSignOut} />
      </AppShell.Header>
      <AppShell.Navbar p="xs" component="nav" aria-label="Main">
        <MainNav role={staff.role} badges={badges} onNavigate={close} />
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        {children}
      </AppShell.Main>
    </AppShell>
  );
});
