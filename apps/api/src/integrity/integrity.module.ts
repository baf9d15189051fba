import { Module } from '@nestjs/common';
import { CheckIntegrityHandler } from './check-integrity.query';
import { IntegrityResolver } from './integrity.resolver';

@Module({ providers: [IntegrityResolver, CheckIntegrityHandler] })
export class IntegrityModule {}
