import type { ApiModule } from '../../http/module.ts';
import { coOwnerRoutes } from './co-owners.ts';
import { interestRoutes } from './interests.ts';
import { needRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const needsModule: ApiModule = {
  name: 'needs',
  components,
  routes: [needRoutes, coOwnerRoutes, interestRoutes],
};
