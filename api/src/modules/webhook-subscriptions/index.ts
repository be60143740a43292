import type { ApiModule } from '../../http/module.ts';
import { webhookSubscriptionRoutes } from './routes.ts';
import { components } from './schemas.ts';

export const webhookSubscriptionsModule: ApiModule = {
  name: 'webhook-subscriptions',
  components,
  routes: [webhookSubscriptionRoutes],
};
