package org.fundclear.jobs.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.EnumSet;
import java.util.Set;
import org.fundclear.clearing.access.Role;
import org.fundclear.jobs.users.UserService;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The console's security (spec/cli.md serve): form login, everything but the login page, static files and health
 * needs a user; CSRF on every form (Spring Security's default); nosniff, frame denial (header and CSP), a strict
 * referrer policy. Only in the servlet application of {@code ./fundclear serve}.
 */
@Configuration
@EnableWebSecurity
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ConsoleSecurity {
    static final String[] WORKERS = {"INSPECTOR", "REVIEWER", "INVESTIGATOR", "SUPERVISOR", "ADMIN"};
    /** Who may read the finance pages; only FINANCE acts on them. */
    public static final Set<Role> FINANCE_READERS = EnumSet.of(Role.FINANCE, Role.AUDITOR, Role.SUPERVISOR, Role.ADMIN);

    @Bean
    PasswordEncoder passwordEncoder(UserService users) {
        return users.encoder();
    }

    @Bean
    SecurityFilterChain consoleFilterChain(HttpSecurity http, UserService users) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/console.css", "/favicon.ico", "/actuator/health", "/error").permitAll()
                        .requestMatchers("/users/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/rules/**").hasRole("ADMIN")
                        .requestMatchers(HttpMethod.POST, "/cases/*/unmask").authenticated()
                        .requestMatchers(HttpMethod.POST, "/cases/**").hasAnyRole(WORKERS)
                        .requestMatchers(HttpMethod.POST, "/finance/**").hasRole(Role.FINANCE.name())
                        .requestMatchers("/finance/**", "/finance")
                        .hasAnyRole(FINANCE_READERS.stream().map(Role::name).toArray(String[]::new))
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login")
                        .successHandler(new CountingSuccessHandler(users))
                        .failureHandler(new CountingFailureHandler(users)))
                .logout(l -> l.logoutSuccessUrl("/login?logout"))
                .headers(h -> h
                        .frameOptions(f -> f.deny())
                        .contentSecurityPolicy(c -> c.policyDirectives(
                                "default-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'"))
                        .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** A good password ends a run of failures. */
    static final class CountingSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {
        private final UserService users;

        CountingSuccessHandler(UserService users) {
            this.users = users;
            setDefaultTargetUrl("/");
        }

        @Override
        public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                            Authentication authentication) throws IOException, jakarta.servlet.ServletException {
            users.loginSucceeded(authentication.getName());
            super.onAuthenticationSuccess(request, response, authentication);
        }
    }

    /**
     * A wrong password counts towards the lock; a refused locked or disabled account does not. The page says the same
     * thing in every case, so that it tells nobody which accounts exist or are locked.
     */
    static final class CountingFailureHandler extends SimpleUrlAuthenticationFailureHandler {
        private final UserService users;

        CountingFailureHandler(UserService users) {
            super("/login?error");
            this.users = users;
        }

        @Override
        public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                            AuthenticationException exception) throws IOException, jakarta.servlet.ServletException {
            String name = request.getParameter("username");
            if (exception instanceof BadCredentialsException && name != null && !name.isBlank()) {
                users.loginFailed(name.strip());
            }
            super.onAuthenticationFailure(request, response, exception);
        }
    }
}
