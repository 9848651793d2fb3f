import { Alert, Anchor, Button, Group, List, Loader, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '@/config/paths';
import { isApiError } from '@/lib/api-error';
import { formatClinic } from '@/lib/clinic-time';
import { shortDateTimeFormat } from '@/lib/date-formats';
import { useCurrentStaff } from '@/shared/auth/api/get-me';
import { useSettings } from '@/shared/settings/api/get-settings';
import { useStaff } from '@/shared/staff/api/get-staff';
import { useReviews } from '../../api/get-reviews';
import { useResolveReview } from '../../api/resolve-review';
import { concernLabels, type ReviewItem, type ReviewListQuery } from '../../schemas';

type Props = {
  query: ReviewListQuery;
  title: string;
  /** Shown when there is nothing to review; omit to render nothing then. */
  emptyMessage?: string;
};

/** Concerns raised on follow-up calls, for the treating clinician: on Today and on the series page. */
export function ReviewList({ query, title, emptyMessage }: Props) {
  const result = useReviews(query);
  const items = result.data?.items ?? [];
  if (result.isPending) return <Loader size="sm" aria-label="Loading concerns to review" />;
  if (result.isError) {
    return (
      <Alert color="red" title="Concerns to review could not be loaded" role="alert">
        {result.error.message}
      </Alert>
    );
  }
  if (items.length === 0 && !emptyMessage) return null;
  return (
    <section aria-label={title}>
      <Title order={3} size="h4" mb="xs">
        {title}
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {emptyMessage}
        </Text>
      ) : (
        <List listStyleType="none" spacing="md">
          {items.map((review) => (
            <List.Item key={review.id}>
              <ReviewEntry review={review} />
            </List.Item>
          ))}
        </List>
      )}
    </section>
  );
}

function ReviewEntry({ review }: { review: ReviewItem }) {
  const settings = useSettings();
  const staff = useStaff();
  const me = useCurrentStaff();
  const resolve = useResolveReview();
  const [note, setNote] = useState('');
  const raisedBy = staff.find((member) => member.id === review.raisedById)?.name ?? 'Someone';
  const mayResolve = review.status === 'open' && (me.role === 'admin' || me.id === review.clinicianId);
  const when = (at: string) => formatClinic(at, settings.timeZone, shortDateTimeFormat);
  return (
    <Stack gap={4}>
      <Group gap="xs">
        <Text size="sm" fw={600}>
          {review.seriesId ? (
            <Anchor component={Link} to={paths.seriesDetail(review.seriesId)}>
              {review.patientName}
            </Anchor>
          ) : (
            review.patientName
          )}
        </Text>
        <Text size="sm">{review.concerns.map((concern) => concernLabels[concern]).join(', ')}</Text>
      </Group>
      {review.note && <Text size="sm">{review.note}</Text>}
      <Text size="xs" c="dimmed">
        Raised by {raisedBy} on the 72-hour call, {when(review.raisedAt)}
        {review.resolvedAt ? `; reviewed ${when(review.resolvedAt)}` : ''}
      </Text>
      {review.resolutionNote && <Text size="sm">Review: {review.resolutionNote}</Text>}
      {mayResolve && (
        <Group align="flex-end" gap="xs">
          <Textarea
            label={`Review note for ${review.patientName}`}
            rows={2}
            resize="vertical"
            maxLength={2000}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            style={{ flex: 1 }}
          />
          <Button
            size="xs"
            loading={resolve.isPending}
            onClick={() => resolve.mutate({ id: review.id, version: review.version, note })}
          >
            Mark reviewed
          </Button>
        </Group>
      )}
      {isApiError(resolve.error) && (
        <Text size="sm" c="red.8" role="alert">
          {resolve.error.problem.detail ?? resolve.error.message}
        </Text>
      )}
    </Stack>
  );
}
