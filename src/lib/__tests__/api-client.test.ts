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

  it('rejects a malformed response: a message for staff, the endpoint and field for whoever fixes it', async () => {
    server.use(http.get('/api/probe/:id', () => HttpResponse.json({ id: 'r1', visits: [{ at: 'yesterday' }] })));
    const error = await apiRequest(probe, { params: { id: 'r1' } }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ContractError);
    expect((error as ContractError).message).toBe(
      "The server's answer could not be read, so nothing new is shown. Try again; if it keeps happening, tell whoever looks after the clinic's systems.",
    );
    expect((error as ContractError).technical).toMatch(/^Unexpected response from GET \/probe\/:id: visits\.0\.at: /);
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
    expect((error as ApiError).message).toBe('Check the connection and try again. Nothing you entered is lost.');
  });

  it('says what to do when an error body is not a problem', async () => {
    server.use(
      http.get(
        '/api/probe/:id',
        () => new HttpResponse('<html>gateway</html>', { status: 502, statusText: 'Bad Gateway' }),
      ),
    );
    const error = await apiRequest(probe, { params: { id: 'r1' } }).catch((caught: unknown) => caught);
    expect((error as ApiError).status).toBe(502);
    expect((error as ApiError).problem.title).toBe('The server could not finish this');
    expect((error as ApiError).message).toBe(
      "Try again in a moment. If it keeps happening, tell whoever looks after the clinic's systems (error 502).",
    );
  });

  it('names a body that is not JSON as a contract error', async () => {
    server.use(http.get('/api/probe/:id', () => new HttpResponse('<html>ok</html>', { status: 200 })));
    const error = await apiRequest(probe, { params: { id: 'r1' } }).catch((caught: unknown) => caught);
    expect((error as ContractError).technical).toBe('Unexpected response from GET /probe/:id: (root): not JSON');
  });
});
