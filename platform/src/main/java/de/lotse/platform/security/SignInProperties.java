package de.lotse.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whether people may sign in with a Lotse password ({@code LOTSE_LOCAL_SIGN_IN}): the login form's
 * password fields and HTTP Basic. Where everyone signs in at an identity provider they can be
 * switched off; API tokens keep working, as they are issued to a person already signed in.
 */
@ConfigurationProperties("lotse")
public record SignInProperties(@DefaultValue("true") boolean localSignIn) {}
