import { Module } from '@nestjs/common';
import { ListProjectionsHandler } from './list-projections.query';
import { ProjectionHealthReader } from './projection-health.reader';
import { ProjectionHealthResolver } from './projection-health.resolver';
import { ResumeProjectionHandler } from './resume-projection.command';

@Module({ providers: [ProjectionHealthReader, ProjectionHealthResolver, ListProjectionsHandler, ResumeProjectionHandler] })
export class ProjectionHealthModule {}
