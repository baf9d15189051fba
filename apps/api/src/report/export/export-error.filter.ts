import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { DomainError } from '@careledger/domain-kernel';
import type { Response } from 'express';

const STATUS: Readonly<Record<string, number>> = { NOT_FOUND: 404, FORBIDDEN: 403 };

/**
 * The app's global filter answers in GraphQL's shape, which a plain HTTP download cannot send:
 * here a typed error keeps its code and details as JSON with a 4xx status, anything else is a
 * generic 500 that leaks nothing.
 */
@Catch()
export class ExportErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('Export');

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    if (exception instanceof DomainError) {
      response.status(STATUS[exception.code] ?? 400).json({ code: exception.code, message: exception.message, details: exception.details });
    } else if (exception instanceof HttpException) {
      response.status(exception.getStatus()).json({ code: 'BAD_REQUEST', message: exception.message });
    } else {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
      response.status(500).json({ code: 'INTERNAL_SERVER_ERROR', message: 'Internal server error' });
    }
  }
}
