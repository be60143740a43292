import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Schemas } from '@valfardsnavet/client';
import { api, rememberCsrfToken, unwrap } from '../../api/client.ts';
import { ApiError } from '../../api/problems.ts';

/** Who is signed in (with the CSRF token changes must carry), or null. */
export const sessionQuery = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: async () => {
      const result = await api.GET('/v1/auth/me');
      if (result.response.status === 401) {
        rememberCsrfToken(undefined);
        return null;
      }
      const session = unwrap(result);
      rememberCsrfToken(session.csrfToken);
      return session;
    },
    staleTime: 60_000,
  });

export type Session = Schemas['SessionInfo'];

export function useSession() {
  return useQuery(sessionQuery());
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: { email: string; password: string }) =>
      unwrap(await api.POST('/v1/auth/login', { body: credentials })),
    onSuccess: (session) => {
      rememberCsrfToken(session.csrfToken);
      // Whatever was read before belongs to nobody (or someone else): start afresh.
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      client.setQueryData(sessionQuery().queryKey, session);
    },
  });
}

export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      const { response, error } = await api.POST('/v1/auth/logout');
      if (!response.ok && response.status !== 401) throw new ApiError(error ?? {}, response.status);
    },
    onSuccess: () => {
      rememberCsrfToken(undefined);
      client.setQueryData(sessionQuery().queryKey, null);
      // What was read belongs to the person who left; the next one starts afresh.
      client.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
    },
  });
}

export function useChangePassword() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (body: { currentPassword: string; newPassword: string }) =>
      unwrap(await api.POST('/v1/auth/password', { body })),
    onSuccess: () => client.invalidateQueries({ queryKey: sessionQuery().queryKey }),
  });
}
