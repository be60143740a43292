import type { ApiModule } from '../../http/module.ts';
import { userRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const usersModule: ApiModule = {
  name: 'users',
  components,
  routes: [userRoutes],
};
