import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../api/client.ts';

/** Who is signed in (with the CSRF token changes must carry), or null. */
export const sessionQuery = () =>
  queryOptions({
    queryKey: ['session'],
    queryFn: async () => {
      const result = await api.GET('/v1/auth/me');
      if (result.response.status === 401) return null;
      return unwrap(result);
    },
    staleTime: 60_000,
  });

export function useSession() {
  return useQuery(sessionQuery()).data ?? null;
}

export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (credentials: { email: string; password: string }) =>
      unwrap(await api.POST('/v1/auth/login', { body: credentials })),
    onSuccess: (session) => client.setQueryData(sessionQuery().queryKey, session),
  });
}

export function useSignOut() {
  const client = useQueryClient();
  const session = useSession();
  return useMutation({
    mutationFn: async () => {
      const { response, error } = await api.POST('/v1/auth/logout', {
        headers: { 'x-csrf-token': session?.csrfToken ?? '' },
      });
      if (!response.ok) throw new ApiError(error ?? {});
    },
    onSuccess: () => client.setQueryData(sessionQuery().queryKey, null),
  });
}
