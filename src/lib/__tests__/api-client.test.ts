import { server } from '@mocks/runtime/node';
import { HttpResponse, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { apiRequest } from '@/lib/api-client';
import { ApiError, ContractError } from '@/lib/api-error';
import { endpoint } from '@/lib/endpoint';
import { problemTypes } from '@/lib/problem';

const probe = endpoint({
  method: 'get',
  path: '/probe/:id',
  response: z.object({ id: z.string(), visits: z.array(z.object({ at: z.iso.datetime() })) }),
  public: true,
});

describe('apiRequest', () => {
  it('returns the parsed response', async () => {
    server.use(http.get('/api/probe/:id', ({ params }) => HttpResponse.json({ id: params.id, visits: [] })));
    await expect(apiRequest(probe, { params: { id: 'r1' } })).resolves.toEqual({ id: 'r1', visits: [] });
  });

  it('rejects a malformed response with a message naming the endpoint and the field', async () => {
    server.use(http.get('/api/probe/:id', () => HttpResponse.json({ id: 'r1', visits: [{ at: 'yesterday' }] })));
    const failure = apiRequest(probe, { params: { id: 'r1' } });
    await expect(failure).rejects.toBeInstanceOf(ContractError);
    await expect(failure).rejects.toThrow(/GET \/probe\/:id: visits\.0\.at/);
  });

  it('turns a problem response into an ApiError with its field errors', async () => {
    server.use(
      http.get('/api/probe/:id', () =>
        HttpResponse.json(
          { type: problemTypes.validation, title: 'Invalid input', status: 422, errors: { name: ['Too short'] } },
          { status: 422 },
        ),
      ),
    );
    const error = await apiRequest(probe, { params: { id: 'r1' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).status).toBe(422);
    expect((error as ApiError).fieldErrors).toEqual({ name: ['Too short'] });
  });

  it('reports a network failure as status 0 with a message that nothing is lost', async () => {
    server.use(http.get('/api/probe/:id', () => HttpResponse.error()));
    const error = await apiRequest(probe, { params: { id: 'r1' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).isNetwork).toBe(true);
    expect((error as ApiError).message).toMatch(/Nothing you entered is lost/);
  });

  it('keeps a non-problem error body readable', async () => {
    server.use(
      http.get(
        '/api/probe/:id',
        () => new HttpResponse('<html>gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      ),
    );
    const error = await apiRequest(probe, { params: { id: 'r1' } }).catch((caught: unknown) => caught);
    expect((error as ApiError).status).toBe(502);
    expect((error as ApiError).problem.title).toBe('Bad Gateway');
  });

  it('names a body that is not JSON as a contract error', async () => {
    server.use(http.get('/api/probe/:id', () => new HttpResponse('<html>ok</html>', { status: 200 })));
    await expect(apiRequest(probe, { params: { id: 'r1' } })).rejects.toThrow(
      'Unexpected response from GET /probe/:id: (root): not JSON',
    );
  });
});
