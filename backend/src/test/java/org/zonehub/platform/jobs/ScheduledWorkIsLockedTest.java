package org.zonehub.platform.jobs;

import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.util.ClassUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code @Scheduled} method of the application also carries {@code @SchedulerLock}: with several replicas, a
 * scheduled task without the database lock would run on each of them at once.
 */
class ScheduledWorkIsLockedTest {

	@Test
	void everyScheduledMethodRunsUnderTheDatabaseLock() throws Exception {
		List<Class<?>> classes = applicationClasses();

		assertThat(classes).as("the scan finds the application's classes").contains(JobSweeper.class);
		assertThat(unlocked(classes)).isEmpty();
	}

	@Test
	void theCheckCatchesAnUnlockedScheduledMethod() {
		assertThat(unlocked(List.of(Unlocked.class, JobSweeper.class))).containsExactly(Unlocked.class.getName() + "#tick");
	}

	static List<String> unlocked(List<Class<?>> classes) {
		List<String> unlocked = new ArrayList<>();
		for (Class<?> type : classes) {
			for (Method method : type.getDeclaredMethods()) {
				MergedAnnotations annotations = MergedAnnotations.from(method);
				boolean scheduled = annotations.isPresent(Scheduled.class)
						|| annotations.isPresent(org.springframework.scheduling.annotation.Schedules.class);
				if (scheduled && !annotations.isPresent(SchedulerLock.class)) {
					unlocked.add(type.getName() + "#" + method.getName());
				}
			}
		}
		return unlocked;
	}

	/** Every class under org.zonehub compiled from the main sources (not the tests'), nested ones included. */
	private static List<Class<?>> applicationClasses() throws Exception {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {

			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}

		};
		scanner.addIncludeFilter((reader, factory) -> true);
		Path mainClasses = Path.of(JobSweeper.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		List<Class<?>> classes = new ArrayList<>();
		for (BeanDefinition found : scanner.findCandidateComponents("org.zonehub")) {
			Class<?> type = ClassUtils.forName(found.getBeanClassName(), ScheduledWorkIsLockedTest.class.getClassLoader());
			Path location = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
			if (location.equals(mainClasses)) {
				classes.add(type);
			}
		}
		return classes;
	}

	static class Unlocked {

		@Scheduled(fixedDelay = 1000)
		void tick() {
		}

	}

}
