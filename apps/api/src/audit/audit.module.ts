import { Module } from '@nestjs/common';
import { AuditTrailHandler } from './audit-trail.query';
import { AuditResolver } from './audit.resolver';

@Module({ providers: [AuditResolver, AuditTrailHandler] })
export class AuditModule {}
