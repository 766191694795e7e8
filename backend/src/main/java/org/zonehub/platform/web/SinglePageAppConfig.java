package org.zonehub.platform.web;

import java.io.IOException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the built React app from {@code classpath:/static/}. A path that is no file and not an API or actuator
 * path is a client-side route, so it gets {@code index.html}.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppConfig implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.resourceChain(true)
			.addResolver(new PathResourceResolver() {
				@Override
				protected Resource getResource(String path, Resource location) throws IOException {
					Resource file = location.createRelative(path);
					if (file.exists() && file.isReadable()) {
						return file;
					}
					boolean server = path.startsWith("api/") || path.startsWith("actuator/")
							|| path.startsWith("v3/");
					boolean asset = path.substring(path.lastIndexOf('/') + 1).contains(".");
					return server || asset ? null : new ClassPathResource("/static/index.html");
				}
			});
	}

}
