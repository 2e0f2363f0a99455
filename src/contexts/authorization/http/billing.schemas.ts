import { z } from 'zod';
import type { Plan } from '../domain/plan';

export const planResponse = z.object({
  name: z.string(),
  total_projects: z.number(),
  total_storage: z.number(),
  total_credits: z.number(),
  total_editors: z.number(),
  total_viewers: z.number(),
  features: z.array(z.string()),
});
export const planListResponse = z.array(planResponse);

export const toPlanResponse = (p: Plan): z.infer<typeof planResponse> => ({
  name: p.name,
  total_projects: p.totals.projects,
  total_storage: p.totals.storage,
  total_credits: p.totals.credits,
  total_editors: p.totals.editors,
  total_viewers: p.totals.viewers,
  features: [...p.features],
});
