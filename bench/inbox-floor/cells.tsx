import type { CSSProperties, ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { Request, Settings, Status } from './api';
import { clinicFormat, waited } from './clinic-time';
import classes from './floor.module.css';

/*
 * The inbox's cells, element for element (its inbox-cells.tsx): plain elements with Mantine's
 * CSS variables, two lines where the inbox has two. The response-time rule is the app's own
 * code: here the target is a plain number of days, the least such a cell can compute.
 */

export interface CellMeta {
  settings: Settings;
  now: number;
  staffNames: ReadonlyMap<string, string>;
}
type Props = { request: Request; meta: CellMeta };

const labels = {
  status: {
    new: 'New',
    contacting: 'Contacting',
    booked: 'Booked',
    not_candidate: 'Not a candidate',
    closed: 'Closed',
  },
  statusColor: { new: 'blue', contacting: 'grape', booked: 'teal', not_candidate: 'gray', closed: 'gray' },
  concern: {
    spider_veins: 'Spider veins',
    reticular_veins: 'Reticular veins',
    both: 'Spider and reticular',
    not_sure: 'Not sure',
    other: 'Other',
  },
  area: { legs: 'Legs', face: 'Face' },
  method: { phone: 'Phone call', email: 'Email', text: 'Text message' },
  time: { morning: 'morning', afternoon: 'afternoon', evening: 'evening' },
} as const;

const tone = (color: string): CSSProperties & Record<`--${string}`, string> => ({
  '--tag-text': `var(--mantine-color-${color}-light-color)`,
  '--tag-background': `var(--mantine-color-${color}-light)`,
});

function Tag({ color, title, children }: { color: string; title?: string; children: ReactNode }) {
  return (
    <span className={classes.tag} style={tone(color)} title={title}>
      {children}
    </span>
  );
}

function Lines({ first, second }: { first: ReactNode; second: ReactNode }) {
  return (
    <div className={classes.lines}>
      <span className={classes.line}>{first}</span>
      {second && <span className={`${classes.line} ${classes.dimmed} ${classes.small}`}>{second}</span>}
    </div>
  );
}

const isOpen = (status: Status) => status === 'new' || status === 'contacting';
const minuteMs = 60_000;

export function WaitingCell({ request, meta }: Props) {
  if (!request.firstContactAt && !isOpen(request.status)) {
    return (
      <span className={classes.dimmed} title="Never contacted">
        –<span className={classes.hidden}>never contacted</span>
      </span>
    );
  }
  const receivedMs = Date.parse(request.receivedAt);
  const dueMs = receivedMs + meta.settings.responseTargetBusinessDays * 24 * 60 * minuteMs;
  const untilMs = request.firstContactAt ? Date.parse(request.firstContactAt) : meta.now;
  const time = waited(Math.max(0, Math.floor((untilMs - receivedMs) / minuteMs)));
  const due = clinicFormat(dueMs, meta.settings.timeZone, 'dayAndTime');
  const late = untilMs > dueMs;
  if (request.firstContactAt) {
    return (
      <div className={`${classes.lines} ${late ? classes.late : classes.dimmed}`} title={`First contact after ${time}`}>
        <span className={classes.line}>{time}</span>
        <span className={`${classes.line} ${classes.small}`}>{late ? 'contacted late' : 'contacted'}</span>
      </div>
    );
  }
  const tag = late
    ? { color: 'red', label: 'Late' }
    : dueMs - untilMs < (dueMs - receivedMs) / 4
      ? { color: 'orange', label: 'Due soon' }
      : null;
  return (
    <span className={classes.waiting} title={`First contact due ${due}`}>
      <span className={tag ? classes.urgent : undefined} style={tag ? tone(tag.color) : undefined}>
        {time}
      </span>
      {tag && <Tag color={tag.color}>{tag.label}</Tag>}
    </span>
  );
}

export function ReceivedCell({ request, meta }: Props) {
  const zone = meta.settings.timeZone;
  return (
    <Lines
      first={clinicFormat(request.receivedAt, zone, 'date')}
      second={clinicFormat(request.receivedAt, zone, 'time')}
    />
  );
}

export function NameCell({ request }: Pick<Props, 'request'>) {
  const { search } = useLocation();
  const areas = request.areas.map((area) => labels.area[area]).join(', ');
  return (
    <Lines
      first={
        <Link className={classes.link} to={{ pathname: `/requests/${request.id}`, search }} tabIndex={-1}>
          {request.name}
        </Link>
      }
      second={[labels.concern[request.concern], areas].filter(Boolean).join(' · ')}
    />
  );
}

export function ContactCell({ request }: Pick<Props, 'request'>) {
  const times = request.preferredTimes.map((time) => labels.time[time]).join(', ');
  return <Lines first={labels.method[request.preferredContactMethod]} second={times} />;
}

export function StatusCell({ request }: Pick<Props, 'request'>) {
  const match = request.duplicateOf;
  const detail =
    match && `Same ${match.matchedOn} as ${match.kind === 'patient' ? 'patient' : 'open request of'} ${match.name}`;
  return (
    <Lines
      first={<Tag color={labels.statusColor[request.status]}>{labels.status[request.status]}</Tag>}
      second={
        detail && (
          <Tag color="yellow" title={detail}>
            Duplicate?<span className={classes.hidden}>{`: ${detail}`}</span>
          </Tag>
        )
      }
    />
  );
}

export function AssigneeCell({ request, meta }: Props) {
  if (!request.assigneeId) return <span className={classes.dimmed}>Unassigned</span>;
  return meta.staffNames.get(request.assigneeId) ?? 'Former staff member';
}
