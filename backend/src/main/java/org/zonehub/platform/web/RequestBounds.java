package org.zonehub.platform.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Bounds on what a request may make the server hold, enforced before memory is spent: a JSON (or any
 * non-multipart) body of at most {@code zonehub.web.max-body} (1 MB: the largest form, 500 answers with comments,
 * is a fraction of it), whether it declares its length or streams it; JSON nested at most 32 deep (no form of the
 * API nests beyond 4) and strings within the body limit. Uploads are bounded by the multipart limits and by each
 * feature's own checks; pages by {@link PageRequest}.
 */
@Configuration(proxyBeanMethods = false)
class RequestBounds {

	static final int MAX_JSON_DEPTH = 32;

	/**
	 * Boot's builder with a factory that reads within the bounds (Jackson 3 keeps read constraints on the factory,
	 * which a customizer cannot replace); Boot's customizers are applied as Boot would.
	 */
	@Bean
	@Scope("prototype")
	JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers,
			@Value("${zonehub.web.max-body:1MB}") DataSize maxBody) {
		JsonFactory bounded = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder()
				.maxNestingDepth(MAX_JSON_DEPTH)
				.maxStringLength((int) maxBody.toBytes())
				.maxDocumentLength(maxBody.toBytes())
				.build())
			.build();
		JsonMapper.Builder builder = JsonMapper.builder(bounded);
		List<JsonMapperBuilderCustomizer> ordered = new ArrayList<>(customizers);
		AnnotationAwareOrderComparator.sort(ordered);
		ordered.forEach(customizer -> customizer.customize(builder));
		return builder;
	}

	@Bean
	FilterRegistrationBean<BodyLimit> bodyLimit(@Value("${zonehub.web.max-body:1MB}") DataSize maxBody,
			Problems problems) {
		FilterRegistrationBean<BodyLimit> registration = new FilterRegistrationBean<>(
				new BodyLimit(maxBody.toBytes(), problems));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // right after the request id
		return registration;
	}

	/** A body over the limit: 413 at once when it says its length, else as soon as the reader passes the limit. */
	static final class BodyLimit extends OncePerRequestFilter {

		private final long maxBytes;

		private final Problems problems;

		BodyLimit(long maxBytes, Problems problems) {
			this.maxBytes = maxBytes;
			this.problems = problems;
		}

		@Override
		protected boolean shouldNotFilter(HttpServletRequest request) {
			String type = request.getContentType();
			return type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			if (request.getContentLengthLong() > maxBytes) {
				problems.write(request, response, ErrorCode.PAYLOAD_TOO_LARGE);
				return;
			}
			chain.doFilter(new HttpServletRequestWrapper(request) {

				private ServletInputStream bounded;

				@Override
				public ServletInputStream getInputStream() throws IOException {
					if (bounded == null) {
						bounded = new Bounded(super.getInputStream(), maxBytes);
					}
					return bounded;
				}

			}, response);
		}

	}

	/** Thrown by a body that goes past the limit; the advice answers it with 413. */
	static final class BodyTooLarge extends IOException {

		BodyTooLarge(long maxBytes) {
			super("The request body is larger than " + maxBytes + " bytes", null);
		}

	}

	private static final class Bounded extends ServletInputStream {

		private final ServletInputStream in;

		private final long maxBytes;

		private long read;

		Bounded(ServletInputStream in, long maxBytes) {
			this.in = in;
			this.maxBytes = maxBytes;
		}

		@Override
		public int read() throws IOException {
			int next = in.read();
			if (next >= 0) {
				count(1);
			}
			return next;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int n = in.read(buffer, offset, length);
			if (n > 0) {
				count(n);
			}
			return n;
		}

		private void count(int n) throws BodyTooLarge {
			read += n;
			if (read > maxBytes) {
				throw new BodyTooLarge(maxBytes);
			}
		}

		@Override
		public boolean isFinished() {
			return in.isFinished();
		}

		@Override
		public boolean isReady() {
			return in.isReady();
		}

		@Override
		public void setReadListener(ReadListener listener) {
			in.setReadListener(listener);
		}

	}

}
