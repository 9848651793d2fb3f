import { type Sort, type Status, sorts, statuses, type View } from './api';

const open = 'new,contacting';
const isStatus = (value: string): value is Status => (statuses as readonly string[]).includes(value);

/** The inbox's URL: `status` only when it is not the open requests, `sort` and `order` only when not waiting/desc. */
export function viewOf(params: URLSearchParams): View {
  const sort = sorts.find((key) => key === params.get('sort')) ?? 'waiting';
  const order = params.get('order');
  return {
    status: params.get('status') ?? open,
    sort,
    order: order === 'asc' || order === 'desc' ? order : 'desc',
  };
}

export const statusesOf = (view: View): Status[] => view.status.split(',').filter(isStatus);

export function paramsOf(view: View): URLSearchParams {
  const params = new URLSearchParams();
  if (view.status !== open) params.set('status', view.status);
  if (view.sort !== 'waiting' || view.order !== 'desc') {
    params.set('sort', view.sort);
    params.set('order', view.order);
  }
  return params;
}

export const sortKeyOf = (id: string): Sort | undefined => sorts.find((key) => key === id);
