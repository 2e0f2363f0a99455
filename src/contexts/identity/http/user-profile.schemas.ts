import { z } from 'zod';
import type { User } from '../domain/user';

const name = z.string().trim().max(255).nullable();

export const profileUpdateBody = z.object({
  firstname: name.optional(),
  lastname: name.optional(),
  avatar: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }).max(2048).nullable().optional(),
});

export const profileResponse = z.object({
  id: z.string(),
  email: z.string().nullable(),
  firstname: z.string().nullable(),
  lastname: z.string().nullable(),
  avatar: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
});

export const toProfileResponse = (user: User): z.infer<typeof profileResponse> => ({
  id: user.id,
  email: user.email,
  firstname: user.firstname,
  lastname: user.lastname,
  avatar: user.avatar,
  created_at: user.createdAt.toISOString(),
  updated_at: user.updatedAt.toISOString(),
});
