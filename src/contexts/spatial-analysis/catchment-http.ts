/** Catchment areas as the platform's HTTP bridge needs them. */
import { AnswerCatchmentArea } from './application/catchment/answer-catchment-area.use-case';
import { StartCatchmentAreaJob } from './application/catchment/start-catchment-area-job.use-case';
import { CatchmentAreaController } from './http/catchment/catchment-area.controller';
import { catchmentAreaOperations } from './http/catchment/catchment-area.operations';

export const catchmentHttp = {
  controllers: [CatchmentAreaController],
  tokens: [AnswerCatchmentArea, StartCatchmentAreaJob],
  operations: catchmentAreaOperations,
};
