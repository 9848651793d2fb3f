import { Anchor, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '@/lib/api-error';

export type CardLink = { to: string; label: string };

type Props = {
  title: string;
  /** The headline figures, e.g. "4 late"; undefined while loading. */
  figures: { value: number | undefined; label: string; tone?: 'alert' }[];
  error: unknown;
  links: CardLink[];
  /** The first few items, or the "nothing to do" line. */
  children: ReactNode;
};

/** One thing to do now: a count, the first few items, and the way to the filtered list. */
export function SummaryCard({ title, figures, error, links, children }: Props) {
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={4} id={headingId}>
          {title}
        </Title>
        <Group gap="lg">
          {figures.map((figure) => (
            <Text
              key={figure.label}
              fw={700}
              size="lg"
              c={figure.tone === 'alert' && figure.value ? 'red.8' : undefined}
            >
              {figure.value ?? <Loader size="xs" aria-label={`Loading ${figure.label}`} />} {figure.label}
            </Text>
          ))}
        </Group>
        {error ? (
          <Text size="sm" c="red.8" role="alert">
            {errorMessage(error)}
          </Text>
        ) : (
          children
        )}
        <Group gap="md">
          {links.map((link) => (
            <Anchor key={link.to} component={Link} to={link.to} size="sm">
              {link.label}
            </Anchor>
          ))}
        </Group>
      </Stack>
    </Paper>
  );
}

/** The first few items of a card as a list, or a line saying there are none. */
export function CardItems({
  items,
  empty,
}: {
  items: { key: string; content: ReactNode }[] | undefined;
  empty: string;
}) {
  if (!items) return null;
  if (items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {empty}
      </Text>
    );
  }
  return (
    <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
      {items.map((item) => (
        <Text component="li" size="sm" key={item.key}>
          {item.content}
        </Text>
      ))}
    </Stack>
  );
}

/** "1 visit today", "3 visits today": the label after a count. */
export const counted = (value: number | undefined, one: string, many: string) => (value === 1 ? one : many);
