# Builds one Lotse launcher: MODULE=app (all-in-one), command-side or query-side.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
ARG MODULE=app
# The all-in-one runs with the JVM options the README's run uses (app/jvm.options, measured by the
# bench's HTTP load); the split sides keep the JVM's defaults, which nothing here has measured.
RUN ./mvnw -B -ntp -DskipTests -Dlotse.cds.skip=true package \
 && if [ "$MODULE" = app ]; then cp app/target/lotse-app.jar /lotse.jar && cp app/jvm.options /jvm.options; \
    else cp "$MODULE/target/lotse-$MODULE-exec.jar" /lotse.jar && : > /jvm.options; fi

FROM eclipse-temurin:17-jre
ENV AXONIQ_UPDATE_CHECKER_DISABLED=true
# As the README's run: glibc would otherwise give many of the JVM's threads a malloc arena each.
ENV MALLOC_ARENA_MAX=2
COPY --from=build /lotse.jar /opt/lotse/lotse.jar
COPY --from=build /jvm.options /opt/lotse/jvm.options
EXPOSE 8080
ENTRYPOINT ["java", "@/opt/lotse/jvm.options", "-jar", "/opt/lotse/lotse.jar"]
