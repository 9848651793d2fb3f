import { Burger, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { memo, type ReactNode } from 'react';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import { roleLabels, type StaffMember } from '@/shared/staff/schemas';
import classes from './app-shell.module.css';
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
// search (a sort, a filter) re-renders neither the header nor the page's frame.

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
          aria-controls="main-nav"
          aria-expanded={props.navOpened}
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
    <RouterNavLink
      key={item.to}
      to={item.to}
      end={item.to === '/'}
      className={classes.link}
      data-active={isActive(item.to) || undefined}
      onClick={props.onNavigate}
    >
      <span className={classes.linkLabel}>{item.label}</span>
      {props.badges[item.to]}
    </RouterNavLink>
  ));
}

export const StaffAppShell = memo(function StaffAppShell({ staff, onSignOut, badges = noBadges, children }: Props) {
  const [opened, { toggle, close }] = useDisclosure();

  return (
    <div className={classes.root}>
      <header className={classes.header}>
        <a className="skip-link" href="#main">
          Skip to main content
        </a>
        <ShellHeader staff={staff} navOpened={opened} onToggleNav={toggle} onSignOut={onSignOut} />
      </header>
      <nav id="main-nav" className={classes.navbar} data-opened={opened || undefined} aria-label="Main">
        <MainNav role={staff.role} badges={badges} onNavigate={close} />
      </nav>
      <main id="main" tabIndex={-1} className={classes.main}>
        {children}
      </main>
    </div>
  );
});
