import type { CSSProperties, ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '@/config/paths';
import { formatClinic } from '@/lib/clinic-time';
import { compactDateFormat, shortDateTimeFormat, timeFormat } from '@/lib/date-formats';
import { isOpenRequest } from '../../domain/request-status';
import { formatWaiting } from '../../domain/response-time';
import { areaLabels, concernLabels, contactMethodLabels, preferredTimeLabels } from '../../intake-vocabulary';
import { type ContactRequestSummary, statusLabels } from '../../schemas';
import { statusColors } from '../request-status';
import type { InboxTableMeta } from './inbox-columns';
import classes from './inbox-table.module.css';
import { cachedResponseStatus } from './response-status-cache';

/*
 * Cells are plain elements styled with Mantine's CSS variables, not Mantine components: a
 * screen of rows holds hundreds of cells, and each sort or filter mounts them all again.
 */

type CellProps = { request: ContactRequestSummary; meta: InboxTableMeta };

/** The theme colour (a name: 'red', 'teal') of a tag and of urgent text, as Mantine's light variant uses it. */
const tone = (color: string) =>
  ({
    '--tag-text': `var(--mantine-color-${color}-light-color)`,
    '--tag-background': `var(--mantine-color-${color}-light)`,
  }) as CSSProperties;

/** The look of Mantine's light Badge. */
function Tag({ color, title, children }: { color: string; title?: string; children: ReactNode }) {
  return (
    <span className={classes.tag} style={tone(color)} title={title}>
      {children}
    </span>
  );
}

const waitingTags = {
  late: { color: 'red', label: 'Late' },
  soon: { color: 'orange', label: 'Due soon' },
} as const;

/** How long the person waited for first contact, against the response-time target. */
export function WaitingCell({ request, meta }: CellProps) {
  if (!request.firstContactAt && !isOpenRequest(request.status)) {
    return (
      <span className={classes.dimmed} title="Never contacted">
        –<span className={classes.visuallyHidden}>never contacted</span>
      </span>
    );
  }
  const status = cachedResponseStatus(request, meta.now, meta.settings);
  const waited = formatWaiting(status.waitingMinutes);
  const due = formatClinic(status.dueAt, meta.settings.timeZone, shortDateTimeFormat);
  if (request.firstContactAt) {
    return (
      <div
        className={`${classes.lines} ${status.late ? classes.late : classes.dimmed}`}
        title={`First contact after ${waited} (target: ${due})`}
      >
        <span className={classes.line}>{waited}</span>
        <span className={`${classes.line} ${classes.small}`}>{status.late ? 'contacted late' : 'contacted'}</span>
      </div>
    );
  }
  const tag = status.level === 'ok' ? null : waitingTags[status.level];
  return (
    <span className={classes.waiting} title={`First contact due ${due}`}>
      <span className={tag ? classes.urgent : undefined} style={tag ? tone(tag.color) : undefined}>
        {waited}
      </span>
      {tag && <Tag color={tag.color}>{tag.label}</Tag>}
    </span>
  );
}

export function ReceivedCell({ request, meta }: CellProps) {
  const tz = meta.settings.timeZone;
  return (
    <Lines
      first={formatClinic(request.receivedAt, tz, compactDateFormat)}
      second={formatClinic(request.receivedAt, tz, timeFormat)}
    />
  );
}

/** Two lines in one cell: what matters first, the detail under it (rows fit 1280 px without a sideways scroll). */
function Lines({ first, second }: { first: ReactNode; second: ReactNode }) {
  return (
    <div className={classes.lines}>
      <span className={classes.line}>{first}</span>
      {second && <span className={`${classes.line} ${classes.dimmedSmall}`}>{second}</span>}
    </div>
  );
}

export function NameCell({ request }: Pick<CellProps, 'request'>) {
  // Opening a request keeps the current view (filters and sort) in the URL.
  const { search } = useLocation();
  const areas = request.areas.map((area) => areaLabels[area]).join(', ');
  return (
    <Lines
      first={
        // The row is the keyboard stop (Enter opens it); the link serves pointers and screen readers.
        <Link className={classes.link} to={{ pathname: paths.request(request.id), search }} tabIndex={-1}>
          {request.name}
        </Link>
      }
      second={[concernLabels[request.concern], areas].filter(Boolean).join(' · ')}
    />
  );
}

export function PreferredContactCell({ request }: Pick<CellProps, 'request'>) {
  const times = request.preferredTimes.map((time) => preferredTimeLabels[time].toLowerCase()).join(', ');
  return <Lines first={contactMethodLabels[request.preferredContactMethod]} second={times} />;
}

export function StatusCell({ request }: Pick<CellProps, 'request'>) {
  return (
    <Lines
      first={<Tag color={statusColors[request.status]}>{statusLabels[request.status]}</Tag>}
      second={<DuplicateTag request={request} />}
    />
  );
}

export function AssigneeCell({ request, meta }: CellProps) {
  if (!request.assigneeId) return <span className={classes.dimmed}>Unassigned</span>;
  return meta.staffNames.get(request.assigneeId) ?? 'Former staff member';
}

function DuplicateTag({ request }: Pick<CellProps, 'request'>) {
  const match = request.duplicateOf;
  if (!match) return null;
  const detail = `Same ${match.matchedOn} as ${match.kind === 'patient' ? 'patient' : 'open request of'} ${match.name}`;
  return (
    <Tag color="yellow" title={detail}>
      Duplicate?
      <span className={classes.visuallyHidden}>{`: ${detail}`}</span>
    </Tag>
  );
}
