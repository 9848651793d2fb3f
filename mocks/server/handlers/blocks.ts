import { blockEndpoints } from '@/features/treatment-series/api/block-endpoints';
import { db } from '../db';
import { createBlock, removeBlock, visitsInside } from '../model/blocks';
import { Reply, route } from '../route';
import { getOr404 } from '../utils';

export const blockHandlers = [
  route(blockEndpoints.list, ({ query }) => {
    const fromMs = Date.parse(query.from);
    const toMs = Date.parse(query.to);
    return [...db.blocks.values()]
      .filter((block) => !query.clinicianId || block.clinicianId === null || block.clinicianId === query.clinicianId)
      .filter((block) => Date.parse(block.start) < toMs && fromMs < Date.parse(block.end))
      .sort((a, b) => a.start.localeCompare(b.start));
  }),

  route(blockEndpoints.create, ({ body, actor }) => {
    const key = `${actor.id}:${body.idempotencyKey}`;
    const earlier = db.blocks.get(db.idempotencyKeys.get(key) ?? '');
    if (earlier) return { block: earlier, affected: visitsInside(earlier) };
    const result = createBlock(actor, body);
    db.idempotencyKeys.set(key, result.block.id);
    return new Reply(result, 201);
  }),

  route(blockEndpoints.remove, ({ params, actor }) => {
    const block = getOr404(db.blocks, params.id, 'Blocked time');
    removeBlock(actor, block);
    return { id: block.id };
  }),
];
