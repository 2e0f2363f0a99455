import { z } from 'zod';
import { uuidParam } from '../../../shared-kernel/http-schemas';
import { invitationResponse } from './organization.schemas';

export const myInvitationsQuery = z.object({
  status: z.enum(['pending', 'accepted', 'declined', 'canceled']).optional(),
  type: z.enum(['organization']).optional(),
});
export const myInvitationParams = z.object({ invitation_id: uuidParam });
export const myInvitationListResponse = z.array(invitationResponse);
