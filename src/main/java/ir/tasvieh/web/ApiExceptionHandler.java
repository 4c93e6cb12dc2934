package ir.tasvieh.web;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

import ir.tasvieh.database.DatabaseRetry;
import ir.tasvieh.run.RunActionRefused;
import ir.tasvieh.sheet.MessageText;

/**
 * Turns every failure of an API endpoint into {@code {"error": "CODE", "message": "…"}}
 * with its status (SPEC 9.4). Unexpected failures are logged and answered 500 without
 * their details.
 */
@RestControllerAdvice(assignableTypes = { RunsApiController.class, RunActionsApiController.class,
		RunFilesApiController.class, DecisionsApiController.class, ApiFallbackController.class })
class ApiExceptionHandler {

	private static final Log logger = LogFactory.getLog(ApiExceptionHandler.class);

	private final UploadedSheets uploads;

	ApiExceptionHandler(UploadedSheets uploads) {
		this.uploads = uploads;
	}

	@ExceptionHandler
	ResponseEntity<ApiError> refused(ApiException ex) {
		return answer(ex.status(), ex.error());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> runActionRefused(RunActionRefused ex) {
		HttpStatus status = switch (ex.code()) {
			case "NOT_FOUND" -> HttpStatus.NOT_FOUND;
			case "FOUR_EYES" -> HttpStatus.FORBIDDEN;
			case "NOTE_MISSING", "ROWS_MISSING", "OUTCOME_MISSING", "PROVIDER_REF_MISSING" -> HttpStatus.BAD_REQUEST;
			default -> HttpStatus.CONFLICT;
		};
		return answer(status, ApiError.bilingual(ex.code(), ex.messageEn(), ex.messageFa(), null));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> uploadRefused(UploadRefused ex) {
		HttpStatus status = "TOO_LARGE".equals(ex.code()) ? HttpStatus.CONTENT_TOO_LARGE : HttpStatus.BAD_REQUEST;
		return answer(status, ApiError.bilingual(ex.code(), ex.messageEn(), ex.messageFa(), null));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException ex) {
		return uploadRefused(UploadedSheets.tooLarge(this.uploads.maxSize()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> notMultipart(MultipartException ex) {
		return answer(HttpStatus.BAD_REQUEST,
				ApiError.bilingual("NOT_MULTIPART", "Send the sheet as multipart/form-data with the field 'file'",
						"فایل را به صورت " + MessageText.isolate("multipart/form-data") + " در بخش "
								+ MessageText.quote("file") + " بفرستید.",
						null));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> badParameter(MethodArgumentTypeMismatchException ex) {
		return answer(HttpStatus.BAD_REQUEST,
				ApiError.bilingual("BAD_PARAMETER", "'" + ex.getName() + "' has a value that cannot be read",
						"مقدار " + MessageText.quote(ex.getName()) + " خوانا نیست.", null));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException ex) {
		return answer(HttpStatus.BAD_REQUEST,
				ApiError.bilingual("BAD_PARAMETER", "The parameter '" + ex.getParameterName() + "' is missing",
						"پارامتر " + MessageText.quote(ex.getParameterName()) + " نیامده است.", null));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> forbidden(AccessDeniedException ex) {
		return answer(HttpStatus.FORBIDDEN, ApiErrorWriter.forbidden());
	}

	@ExceptionHandler
	ResponseEntity<ApiError> badRequest(IllegalArgumentException ex) {
		return answer(HttpStatus.BAD_REQUEST, new ApiError("BAD_REQUEST", ex.getMessage()));
	}

	@ExceptionHandler
	ResponseEntity<ApiError> unexpected(Exception ex) {
		if (ex instanceof ErrorResponse framework) {
			// Spring MVC's own refusals: wrong method, media type and the like.
			HttpStatusCode status = framework.getStatusCode();
			String code = (status instanceof HttpStatus known) ? known.name() : "HTTP_" + status.value();
			String detail = framework.getBody().getDetail();
			return answer(status, new ApiError(code, (detail != null) ? detail : code));
		}
		if (DatabaseRetry.isTransient(ex)) {
			// Busy for a moment (it was tried again already): a script should try later.
			logger.warn("An API request failed because the database was busy or away: " + ex.getMessage());
			return answer(HttpStatus.SERVICE_UNAVAILABLE,
					ApiError.bilingual("DATABASE_BUSY", "The database is busy or out of reach; try again in a minute",
							"پایگاه داده مشغول یا در دسترس نیست؛ یک دقیقهٔ دیگر دوباره امتحان کنید.", null));
		}
		logger.error("An API request failed", ex);
		return answer(HttpStatus.INTERNAL_SERVER_ERROR,
				ApiError.bilingual("INTERNAL", "The request failed on the server; the error is in its log",
						"درخواست در کارگزار ناکام ماند؛ خطا در گزارش کارگزار ثبت شده است.", null));
	}

	private static ResponseEntity<ApiError> answer(HttpStatusCode status, ApiError error) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(error);
	}

}
